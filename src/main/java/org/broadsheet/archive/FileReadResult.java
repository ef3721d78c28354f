package org.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;

/**
 * What one archive file yielded: a text file gives one article or one problem; a collection file may give
 * several of each.
 */
public record FileReadResult(List<Article> articles, List<Problem> problems) {

    public FileReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    static FileReadResult of(Article article) {
        return new FileReadResult(List.of(article), List.of());
    }

    static FileReadResult problem(String file, String reason) {
        return new FileReadResult(List.of(), List.of(new Problem(file, reason)));
    }

    /** Parts of one file as one result, in order. */
    static FileReadResult joined(List<FileReadResult> parts) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (FileReadResult part : parts) {
            articles.addAll(part.articles());
            problems.addAll(part.problems());
        }
        return new FileReadResult(articles, problems);
    }

    /** A file that could not be read for reasons of the moment; see {@link Problem#retryable}. */
    static FileReadResult retry(String file, String reason) {
        return new FileReadResult(List.of(), List.of(Problem.retryable(file, reason)));
    }
}
