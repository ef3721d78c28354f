package org.broadsheet.index;

/**
 * What the index remembers of one archive file.
 *
 * @param stamp         its size and time when it was read
 * @param mustReadAgain whether it could not be read for reasons of the moment (permissions, a vanished file),
 *                      so that it is read again even if its stamp is unchanged
 */
public record IndexedFile(FileStamp stamp, boolean mustReadAgain) {
}
