package org.broadsheet.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes exported articles in one format, one after another. */
interface RowWriter extends Closeable {

    void write(ExportRow row) throws IOException;
}
