package org.broadsheet.ui;

import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, in one list: the menus take their accelerators from here, and
 * Help ▸ Keyboard Shortcuts shows all of them, those that work only in one place too.
 */
public final class Shortcuts {

    /**
     * One shortcut.
     *
     * @param keys  how it is written for people ({@code Ctrl+F})
     * @param where where it works, or empty for anywhere in the window
     * @param does  what it does
     */
    public record Shortcut(String keys, String where, String does) {
    }

    public static final KeyCombination OPEN_ARCHIVE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination OPEN_SHARED = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination READ_AGAIN = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEXT_MATCH = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination PREVIOUS_MATCH = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEXT_MATCH_TOO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PREVIOUS_MATCH_TOO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    public static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    public static final KeyCombination RESULTS = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_IN_TOO = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    public static final KeyCombination STAR = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ADD_TAG = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination READ = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY_CITATION = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SAVE_SEARCH = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }

    /** Every shortcut, for the help window, in the order people look for them. */
    public static List<Shortcut> all() {
        return List.of(
                new Shortcut(OPEN_ARCHIVE.getDisplayText(), "", "Open another archive"),
                new Shortcut(OPEN_SHARED.getDisplayText(), "", "Open a shared archive on SolrCloud"),
                new Shortcut(READ_AGAIN.getDisplayText(), "", "Read the archive's folder again"),
                new Shortcut(FIND.getDisplayText(), "", "Go to the search field"),
                new Shortcut("Enter", "Search field", "Search for the last word whole, not as the start of a word"),
                new Shortcut("Esc", "Search field", "Clear the search"),
                new Shortcut("Down", "Search field", "Go to the list"),
                new Shortcut(RESULTS.getDisplayText(), "", "Go to the list"),
                new Shortcut("Up, Down, Page Up, Page Down", "List", "Move through the results"),
                new Shortcut("Shift+Up, Shift+Down, Ctrl+click", "List", "Select several results"),
                new Shortcut("Enter", "List", "Open the result and go to the article"),
                new Shortcut("Ctrl+C", "List", "Copy the titles of the selected results"),
                new Shortcut("S", "List", "Star the selected results, or remove their star"),
                new Shortcut("T", "List", "Tag the selected results"),
                new Shortcut("U", "List", "Mark the selected results read, or unread"),
                new Shortcut("V", "List", "List every version of the focused result's story"),
                new Shortcut(STAR.getDisplayText(), "", "Star the article, or the selected results"),
                new Shortcut(ADD_TAG.getDisplayText(), "", "Tag the article, or the selected results"),
                new Shortcut(NOTE.getDisplayText(), "", "Write a note on the article"),
                new Shortcut(READ.getDisplayText(), "", "Mark the article read, or unread"),
                new Shortcut("Ctrl+Enter, Esc", "Note", "Save the note and leave it"),
                new Shortcut(COPY_CITATION.getDisplayText(), "", "Copy a citation of the article"),
                new Shortcut(SAVE_SEARCH.getDisplayText(), "", "Save the search"),
                new Shortcut(EXPORT.getDisplayText(), "", "Export every result"),
                new Shortcut("Left, Right, Home, End", "Timeline", "Move to a period"),
                new Shortcut("Shift+Left, Shift+Right", "Timeline", "Stretch a range of periods"),
                new Shortcut("Enter, Space", "Timeline", "Pick the period or range as the dates"),
                new Shortcut("Esc, Delete", "Timeline", "Show all dates again"),
                new Shortcut("Down, Space", "Authors, Sources, Tags", "Tick or untick an author, a source or a tag"),
                new Shortcut(NEXT_MATCH.getDisplayText() + ", " + NEXT_MATCH_TOO.getDisplayText(), "", "Next match in the article"),
                new Shortcut(PREVIOUS_MATCH.getDisplayText() + ", " + PREVIOUS_MATCH_TOO.getDisplayText(), "",
                        "Previous match in the article"),
                new Shortcut(BACK.getDisplayText(), "", "The article opened before"),
                new Shortcut(FORWARD.getDisplayText(), "", "The article opened after"),
                new Shortcut("Esc", "Article", "Go back to the list"),
                new Shortcut(ZOOM_IN.getDisplayText(), "", "Larger text in the article"),
                new Shortcut(ZOOM_OUT.getDisplayText(), "", "Smaller text in the article"),
                new Shortcut(ZOOM_RESET.getDisplayText(), "", "Normal text size"),
                new Shortcut("Tab, Shift+Tab", "", "Move between the parts of the window"),
                new Shortcut(HELP.getDisplayText(), "", "This list"),
                new Shortcut(QUIT.getDisplayText(), "", "Quit"));
    }
}
