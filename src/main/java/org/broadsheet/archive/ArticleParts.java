package org.broadsheet.archive;

/**
 * Takes the articles of a file that may hold more of them than memory should keep at once (a web archive),
 * part by part as the file is read; what is left when the file ends comes back as the read's result.
 */
@FunctionalInterface
public interface ArticleParts {

    void take(FileReadResult part);
}
