package org.broadsheet.ui.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A From or To date: typed as a day, a month or a year, or picked from a calendar that opens on the month of
 * the newest listed article when the field is empty. Text that is no date marks the field as invalid, and the
 * view-model says why. Bound to one date of a {@link SearchViewModel}.
 */
final class DateField {

    private final DatePicker picker = new DatePicker();
    private final ObjectProperty<LocalDate> value;
    /** While the calendar shows a month for an empty field, its date is only a place to start. */
    private boolean placeholderDate;
    private boolean picked;
    private boolean updating;

    /**
     * @param enter   what to do with typed text: the view-model reads it, or says why it cannot
     * @param error   why the typed text is not a date, or empty
     * @param opensOn the day whose month the calendar opens on when the field is empty
     */
    DateField(String id, String prompt, ObjectProperty<LocalDate> value, Predicate<String> enter,
              ReadOnlyStringProperty error, Supplier<Optional<LocalDate>> opensOn) {
        this.value = value;
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(150);
        // Room for a whole day (2021-03-04) beside the calendar button, so that at 800 pixels the search field
        // gives way rather than the date losing its last digits.
        picker.setMinWidth(140);
        picker.setAccessibleText(prompt + " date: a day, a month or a year");
        picker.getEditor().setAccessibleText(prompt + " date, as 2021, 2021-03 or 2021-03-04");
        picker.setConverter(new TypedDates(enter));
        picker.setValue(value.get());
        value.addListener((observable, old, now) -> show(now));
        picker.valueProperty().addListener((observable, old, now) -> {
            if (!updating && !placeholderDate && !java.util.Objects.equals(now, value.get())) {
                value.set(now);
            }
        });
        picker.setOnShowing(event -> {
            picked = false;
            if (picker.getValue() == null) {
                Optional<LocalDate> start = opensOn.get();
                if (start.isPresent()) {
                    placeholderDate = true;
                    updating = true;
                    picker.setValue(start.get());
                    updating = false;
                }
            }
        });
        picker.setOnAction(event -> {
            if (placeholderDate && picker.isShowing()) {
                picked = true;
            }
        });
        picker.setOnHidden(event -> {
            if (placeholderDate) {
                placeholderDate = false;
                LocalDate chosen = picker.getValue();
                if (picked) {
                    value.set(chosen);
                } else {
                    show(value.get());
                }
            }
        });
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(error);
        error.addListener((observable, old, now) -> {
            picker.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty());
            picker.setTooltip(now.isEmpty() ? null : reason);
        });
    }

    Node root() {
        return picker;
    }

    private void show(LocalDate date) {
        updating = true;
        try {
            picker.setValue(date);
            picker.getEditor().setText(date == null ? "" : date.toString());
        } finally {
            updating = false;
        }
    }

    /** Dates shown as 2021-03-04, which no locale reads differently; typed as a day, month or year. */
    private final class TypedDates extends StringConverter<LocalDate> {
        private final Predicate<String> enter;

        TypedDates(Predicate<String> enter) {
            this.enter = enter;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        /** The view-model reads the text; text that is no date keeps the date as it was. */
        @Override
        public LocalDate fromString(String text) {
            if (updating || placeholderDate) {
                return picker.getValue();
            }
            enter.test(text == null ? "" : text);
            return value.get();
        }
    }
}
