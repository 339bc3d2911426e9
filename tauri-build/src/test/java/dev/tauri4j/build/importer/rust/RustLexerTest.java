package dev.tauri4j.build.importer.rust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RustLexerTest {

    private static List<String> texts(String source) {
        return RustLexer.tokenize(source).stream().map(RustToken::text).toList();
    }

    @Test
    void commentsAreDroppedNestedBlockCommentsIncluded() {
        assertThat(texts("a // #[tauri::command] fn x() {}\n/* one /* two */ #[tauri::command] */ b /** doc */ c"))
                .containsExactly("a", "b", "c");
    }

    @Test
    void stringsKeepBracesAndAttributesInside() {
        List<RustToken> tokens = RustLexer.tokenize("f(\"} #[tauri::command] \\\" {\", r#\"raw \" } \"#, b\"x}\")");
        assertThat(tokens).extracting(RustToken::kind).containsExactly(RustToken.Kind.IDENT, RustToken.Kind.PUNCT,
                RustToken.Kind.STRING, RustToken.Kind.PUNCT, RustToken.Kind.STRING, RustToken.Kind.PUNCT,
                RustToken.Kind.STRING, RustToken.Kind.PUNCT);
        assertThat(tokens.get(4).text()).isEqualTo("r#\"raw \" } \"#");
    }

    @Test
    void lifetimesAreToldFromCharLiterals() {
        List<RustToken> tokens = RustLexer.tokenize("State<'_, T> &'a str '{' '\\'' 'static '\\u{1F600}' '😀'");
        assertThat(tokens).filteredOn(t -> t.kind() == RustToken.Kind.LIFETIME).extracting(RustToken::text)
                .containsExactly("'_", "'a", "'static");
        assertThat(tokens).filteredOn(t -> t.kind() == RustToken.Kind.CHAR).extracting(RustToken::text)
                .containsExactly("'{'", "'\\''", "'\\u{1F600}'", "'😀'");
    }

    @Test
    void multiCharacterPunctuationAndRawIdentifiers() {
        assertThat(texts("a::b -> c => r#type ..= x")).containsExactly("a", "::", "b", "->", "c", "=>", "type", "..=", "x");
    }

    @Test
    void linesAreCountedThroughCommentsAndStrings() {
        List<RustToken> tokens = RustLexer.tokenize("/* 1\n2 */\n\"3\n4\"\nfn");
        assertThat(tokens.getLast().line()).isEqualTo(5);
    }

    @Test
    void anUnclosedCommentNamesItsLine() {
        assertThatThrownBy(() -> RustLexer.tokenize("fn a() {}\n/* never closed"))
                .hasMessage("line 2: a block comment is never closed");
        assertThatThrownBy(() -> RustLexer.tokenize("\"open")).hasMessageContaining("string literal is never closed");
    }
}
