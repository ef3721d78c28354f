package org.broadsheet.ui;

import java.util.List;

import javafx.stage.Window;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.search.SearchHit;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.ui.marks.MarksViewModel;
import org.broadsheet.ui.marks.TagDialog;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.reader.ReaderViewModel;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the result list's rows do: open, copy, mark and export, for one row or many. */
final class ListActions implements ResultListView.RowActions {

    private static final Logger LOG = LoggerFactory.getLogger(ListActions.class);

    /** How the window exports chosen articles. */
    @FunctionalInterface
    interface Exporter {
        void export(List<SearchHit> hits);
    }

    private final Window owner;
    private final TaskExecutor executor;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final ReaderView readerView;
    private final MarksViewModel marks;
    private final FxDesktop desktop;
    private final Exporter exporter;

    ListActions(Window owner, TaskExecutor executor, SearchViewModel search, ReaderViewModel reader,
                ReaderView readerView, MarksViewModel marks, FxDesktop desktop, Exporter exporter) {
        this.owner = owner;
        this.executor = executor;
        this.search = search;
        this.reader = reader;
        this.readerView = readerView;
        this.marks = marks;
        this.desktop = desktop;
        this.exporter = exporter;
    }

    @Override
    public void open(SearchHit hit) {
        search.select(hit);
        reader.show(hit.id(), search.shownQueryProperty().get());
        readerView.focusText();
    }

    /** The text of several articles, read in the background, then put on the clipboard. */
    @Override
    public void copyText(List<SearchHit> hits) {
        var searcher = search.searcherProperty().get();
        if (searcher == null) {
            return;
        }
        executor.run(() -> {
            StringBuilder text = new StringBuilder();
            for (SearchHit hit : hits) {
                searcher.read(hit.id(), "", false).ifPresent(found -> text.append(text.isEmpty() ? "" : "\n\n\n")
                        .append(ReaderViewModel.plainText(found.article())));
            }
            return text.toString();
        }, desktop::copy, failure -> LOG.warn("Could not copy the articles' text", failure));
    }

    @Override
    public void copy(String text) {
        desktop.copy(text);
    }

    @Override
    public void mark(List<SearchHit> hits, MarkChange change) {
        marks.apply(hits.stream().map(MarksViewModel::refOf).toList(), change, done -> { });
    }

    @Override
    public void addTag(List<SearchHit> hits) {
        TagDialog.ask(owner, DisplayFormats.count(hits.size(), "article", "articles"), List.copyOf(marks.tags()))
                .ifPresent(tag -> mark(hits, MarkChange.addTag(tag)));
    }

    @Override
    public void export(List<SearchHit> hits) {
        exporter.export(hits);
    }

    @Override
    public void listVersions(SearchHit hit) {
        search.listVersionsOf(hit);
    }
}
