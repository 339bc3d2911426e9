package dev.tauri4j.plugins.dialog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The buttons of a message dialog and what each answers, from the {@code buttons} argument the npm package sends
 * ({@code "Ok"}, {@code "OkCancel"}, {@code "YesNo"}, {@code "YesNoCancel"}, {@code {"OkCustom": l}},
 * {@code {"OkCancelCustom": [ok, cancel]}}, {@code {"YesNoCancelCustom": [yes, no, cancel]}}). A default button
 * answers its name ({@code "Ok"}, {@code "Cancel"}, {@code "Yes"}, {@code "No"}), a custom one its label, and a
 * dialog closed without a button (Escape, the window's close) answers {@code closed}: the cancel or no button's.
 *
 * @param labels the buttons' texts, left to right, with GTK's {@code _} mnemonics
 * @param answers what each button answers
 * @param closed what closing the dialog answers
 */
public record MessageButtons(List<String> labels, List<String> answers, String closed) {

    public MessageButtons {
        labels = List.copyOf(labels);
        answers = List.copyOf(answers);
        if (labels.size() != answers.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("a message dialog needs one answer per button, and a button");
        }
    }

    public static final MessageButtons OK = new MessageButtons(List.of("_OK"), List.of("Ok"), "Ok");
    public static final MessageButtons OK_CANCEL = new MessageButtons(List.of("_OK", "_Cancel"), List.of("Ok", "Cancel"), "Cancel");
    public static final MessageButtons YES_NO = new MessageButtons(List.of("_Yes", "_No"), List.of("Yes", "No"), "No");
    public static final MessageButtons YES_NO_CANCEL = new MessageButtons(List.of("_Yes", "_No", "_Cancel"),
            List.of("Yes", "No", "Cancel"), "Cancel");

    /** Buttons with the app's own texts, each answering its text; closing answers the last one's. */
    public static MessageButtons custom(String... labels) {
        List<String> answers = List.of(labels);
        // GTK reads "_" as a mnemonic mark: double it so a label shows as written
        return new MessageButtons(answers.stream().map(l -> l.replace("_", "__")).toList(), answers,
                answers.size() == 1 ? answers.getFirst() : answers.getLast());
    }

    /** The {@code buttons} argument of {@code plugin:dialog|message}; absent or null is {@link #OK}. */
    public static MessageButtons of(JsonNode buttons) {
        if (buttons == null || buttons.isNull() || buttons.isMissingNode()) return OK;
        if (buttons.isTextual()) {
            return switch (buttons.asText()) {
                case "Ok" -> OK;
                case "OkCancel" -> OK_CANCEL;
                case "YesNo" -> YES_NO;
                case "YesNoCancel" -> YES_NO_CANCEL;
                default -> throw invalid(buttons);
            };
        }
        if (buttons.isObject() && buttons.size() == 1) {
            if (buttons.path("OkCustom").isTextual()) return custom(buttons.get("OkCustom").asText());
            List<String> okCancel = texts(buttons.path("OkCancelCustom"), 2);
            if (okCancel != null) return custom(okCancel.toArray(String[]::new));
            List<String> yesNoCancel = texts(buttons.path("YesNoCancelCustom"), 3);
            if (yesNoCancel != null) return custom(yesNoCancel.toArray(String[]::new));
        }
        throw invalid(buttons);
    }

    private static List<String> texts(JsonNode array, int size) {
        if (!array.isArray() || array.size() != size) return null;
        for (JsonNode n : array) if (!n.isTextual()) return null;
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static IllegalArgumentException invalid(JsonNode buttons) {
        return new IllegalArgumentException("invalid buttons " + buttons + ": expected \"Ok\", \"OkCancel\", \"YesNo\","
                + " \"YesNoCancel\", {\"OkCustom\": label}, {\"OkCancelCustom\": [ok, cancel]} or"
                + " {\"YesNoCancelCustom\": [yes, no, cancel]} (what @tauri-apps/plugin-dialog's message() sends)");
    }

    /** What button {@code index} answers; an index outside the buttons (the dialog was closed) answers {@link #closed}. */
    public String answer(int index) {
        return index >= 0 && index < answers.size() ? answers.get(index) : closed;
    }
}
