package org.broadsheet.session;

import java.nio.file.Path;
import java.time.Duration;

import org.broadsheet.index.IndexOpener;

/**
 * A process for {@link CrashSafetyTest} to kill: ingests an archive into a stored index, committing as soon
 * as it can, says so on standard output at the first commit, then keeps its ingest from finishing until it
 * is killed.
 */
public final class IngestUntilKilled {

    private IngestUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        ArchiveSession.Options eagerCommits = new ArchiveSession.Options(2, Duration.ofMillis(20), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ZERO);
        ArchiveSession session = ArchiveSession.open(Path.of(args[0]), new IndexOpener(Path.of(args[1])), eagerCommits);
        session.ingest(new IngestListener() {
            @Override
            public void progressed(IngestProgress progress) {
            }

            @Override
            public void committed(int filesDone) {
                if (filesDone > 0) {
                    System.out.println("committed " + filesDone);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
    }
}
