package dev.tauri4j.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc to TSDoc: inline tags, generics in code, HTML, block tags, and no way to end the comment early. */
class DocCommentTest {

    @Test
    void inlineTagsKeepBracesAndGenericsInsideCode() {
        assertThat(DocComment.clean("the JSON object {@code {message, length}}")).isEqualTo("the JSON object `{message, length}`");
        assertThat(DocComment.clean("a {@code new Channel<number>()} or {@literal List<String>}"))
                .isEqualTo("a `new Channel<number>()` or `List<String>`");
        assertThat(DocComment.clean("see {@link Counter}, {@link #countdown(Channel, int)} and {@link Todo#id the id}"))
                .isEqualTo("see `Counter`, `countdown(Channel, int)` and the id");
    }

    @Test
    void htmlGoesAndEntitiesAreDecoded() {
        assertThat(DocComment.clean("<b>bold</b> &lt;tag&gt;<p>next")).isEqualTo("bold <tag>\nnext");
    }

    @Test
    void aCommentTerminatorCannotEscape() {
        assertThat(DocComment.clean("matches {@code a*/b} */ evil")).doesNotContain("*/");
    }

    @Test
    void blockTagsAreSplitOut() {
        DocComment doc = DocComment.parse("""
                 Adds a todo.
                 <p>Second paragraph.

                 @param title what
                     to do
                 @return the todo
                 @throws CommandException never
                """);
        assertThat(doc.description()).isEqualTo("Adds a todo.\n\nSecond paragraph.");
        assertThat(doc.params()).isEqualTo(Map.of("title", "what to do"));
        assertThat(doc.returns()).isEqualTo("the todo");
        assertThat(doc.others()).isEqualTo(List.of("@throws CommandException never"));
        assertThat(DocComment.tsdoc("  ", List.of("one"))).isEqualTo("  /** one */\n");
        assertThat(DocComment.tsdoc("", List.of("a\n\nb"))).isEqualTo("/**\n * a\n *\n * b\n */\n");
    }
}
