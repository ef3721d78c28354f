package org.broadsheet.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The word-level comparison: what changed, in reading order, and both texts whole again from the pieces. */
class WordDiffTest {

    private static String side(List<WordDiff.Piece> pieces, WordDiff.Op left) {
        return pieces.stream().filter(piece -> piece.op() == WordDiff.Op.EQUAL || piece.op() == left)
                .map(WordDiff.Piece::text).collect(Collectors.joining());
    }

    @Test
    void marksTheWordsTakenOutAndPutInAndKeepsBothTextsWhole() {
        String before = "The minister said on Tuesday that talks would resume.\n\nNo date was given.";
        String after = "The minister said on Wednesday that talks would resume soon.\n\nNo date was given.";
        List<WordDiff.Piece> pieces = WordDiff.between(before, after);
        assertEquals(before, side(pieces, WordDiff.Op.DELETE));
        assertEquals(after, side(pieces, WordDiff.Op.INSERT));
        assertEquals(List.of(new WordDiff.Piece(WordDiff.Op.EQUAL, "The minister said on "),
                new WordDiff.Piece(WordDiff.Op.DELETE, "Tuesday "),
                new WordDiff.Piece(WordDiff.Op.INSERT, "Wednesday "),
                new WordDiff.Piece(WordDiff.Op.EQUAL, "that talks would "),
                new WordDiff.Piece(WordDiff.Op.DELETE, "resume.\n\n"),
                new WordDiff.Piece(WordDiff.Op.INSERT, "resume soon.\n\n"),
                new WordDiff.Piece(WordDiff.Op.EQUAL, "No date was given.")), pieces);
    }

    @Test
    void aParagraphAddedIsOneInsertion() {
        String before = "First paragraph.\n\nLast paragraph.";
        String after = "First paragraph.\n\nA new paragraph in between.\n\nLast paragraph.";
        List<WordDiff.Piece> pieces = WordDiff.between(before, after);
        assertEquals(1, pieces.stream().filter(piece -> piece.op() != WordDiff.Op.EQUAL).count(), pieces.toString());
        assertEquals(after, side(pieces, WordDiff.Op.INSERT));
    }

    @Test
    void theSameTextIsOnePieceAndEmptyTextsNone() {
        assertEquals(List.of(new WordDiff.Piece(WordDiff.Op.EQUAL, "Same words.")), WordDiff.between("Same words.",
                "Same words."));
        assertEquals(List.of(), WordDiff.between("", ""));
    }
}
