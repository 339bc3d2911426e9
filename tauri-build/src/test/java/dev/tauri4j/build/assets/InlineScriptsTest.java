package dev.tauri4j.build.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineScriptsTest {

    @Test
    void viteOutput() {
        String html = """
                <!doctype html>
                <html lang="en">
                  <head>
                    <script type="module" crossorigin src="/assets/index-BfK2.js"></script>
                    <link rel="stylesheet" crossorigin href="/assets/index-D8s.css">
                    <script>window.global = window</script>
                  </head>
                  <body><div id="app"></div></body>
                </html>
                """;

        assertThat(InlineScripts.in(html)).containsExactly("window.global = window");
    }

    @Test
    void textIsTakenVerbatimWithWhitespaceAndEntities() {
        String body = "\n  const a = '&amp;' < 1 && 2 > 1;\n  ";

        assertThat(InlineScripts.in("<script>" + body + "</script>")).containsExactly(body);
    }

    @Test
    void tagsAndAttributesAreCaseInsensitiveAndMayBeUnquoted() {
        String html = "<SCRIPT type=module>a()</SCRIPT><Script SRC=/x.js></sCrIpT><script Type='text/javascript'>b()</script >";

        assertThat(InlineScripts.in(html)).containsExactly("a()", "b()");
    }

    @Test
    void anyScriptWithSrcIsExternalEvenAnEmptyOne() {
        assertThat(InlineScripts.in("<script src>a()</script><script data-x src=\"\">b()</script>")).isEmpty();
    }

    @Test
    void srcInsideAnotherAttributeValueIsNotSrc() {
        assertThat(InlineScripts.in("<script data-src=\"x.js\" title='src=y'>a()</script>"))
                .containsExactly("a()");
    }

    @Test
    void quotedGreaterThanDoesNotEndTheTag() {
        assertThat(InlineScripts.in("<div title=\"a > <script>no()</script>\"></div><script data-x='>'>yes()</script>"))
                .containsExactly("yes()");
    }

    @Test
    void emptyScriptsAreSkipped() {
        assertThat(InlineScripts.in("<script></script><script type=module></script>")).isEmpty();
    }

    @Test
    void commentsDoctypesAndBogusCommentsHideScripts() {
        String html = "<!DOCTYPE html><!-- <script>a()</script> --><!--><script>b()</script>"
                + "<![CDATA[ x ]]><?php echo 1 ?><!-- x --!><script>c()</script>";

        assertThat(InlineScripts.in(html)).containsExactly("b()", "c()");
    }

    @Test
    void rawTextElementsHideScripts() {
        String html = "<title><script>a()</script></title><textarea><script>b()</script></TEXTAREA>"
                + "<style>/* <script>c()</script> */</style><noscript><script>d()</script></noscript>"
                + "<script>e()</script>";

        assertThat(InlineScripts.in(html)).containsExactly("e()");
    }

    @Test
    void scriptEndsOnlyAtARealEndTag() {
        assertThat(InlineScripts.in("<script>a = '</scripts>'; b = '</script-x>'</script>"))
                .containsExactly("a = '</scripts>'; b = '</script-x>'");
    }

    @Test
    void endTagMayHaveSpaceOrSlashBeforeItsBracket() {
        assertThat(InlineScripts.in("<script>a()</script\n><script>b()</script/>")).containsExactly("a()", "b()");
    }

    @Test
    void scriptInsideHtmlCommentInsideScriptIsDoubleEscaped() {
        // Browsers keep this whole text as one script: the inner </script> only ends the double-escaped part.
        String body = "<!-- document.write('<script>x()</script>'); -->";

        assertThat(InlineScripts.in("<script>" + body + "</script><script>y()</script>"))
                .containsExactly(body, "y()");
    }

    @Test
    void escapedScriptStillEndsAtEndTagWhenNotDoubleEscaped() {
        assertThat(InlineScripts.in("<script><!-- a() </script><p>")).containsExactly("<!-- a() ");
    }

    @Test
    void newlinesAreNormalisedAsTheParserDoes() {
        assertThat(InlineScripts.in("<script>\r\na()\rb()\n</script>")).containsExactly("\na()\nb()\n");
    }

    @Test
    void unterminatedScriptRunsToTheEnd() {
        assertThat(InlineScripts.in("<script>a()")).containsExactly("a()");
    }

    @Test
    void startTagCutOffByTheEndOfTheFileIsNoTag() {
        assertThat(InlineScripts.in("<script type=\"module>a()")).isEmpty();
    }

    @Test
    void lessThanSignsInTextAreText() {
        assertThat(InlineScripts.in("<p>1 < 2 <3 </ p></p><script>a()</script>")).containsExactly("a()");
    }

    @Test
    void similarTagNamesAreNotScripts() {
        assertThat(InlineScripts.in("<scripts>a()</scripts><my-script>b()</my-script>")).isEmpty();
    }

    @Test
    void selfClosingSyntaxStillOpensAScript() {
        assertThat(InlineScripts.in("<script/>a()</script>")).containsExactly("a()");
    }
}
