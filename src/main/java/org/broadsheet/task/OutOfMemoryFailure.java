package org.broadsheet.task;

/**
 * Background work ran out of memory. Handed to the work's failure callback like any failure, so that the
 * user is told in words and the window goes on, rather than a thread dying with a stack trace.
 */
public final class OutOfMemoryFailure extends Exception {

    public OutOfMemoryFailure(OutOfMemoryError cause) {
        super("the Java heap is full", cause);
    }

    /** One sentence for the user: what happened and what to do. */
    public static String advice() {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return "Broadsheet ran out of memory (its heap holds " + heapMb + " MB); start it with more, "
                + "for example java -Xmx" + Math.max(1024, heapMb * 2) + "m.";
    }
}
