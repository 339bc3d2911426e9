package dev.tauri4j.internal.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Range headers as media elements send them, and the malformed ones answered with 416. */
class ByteRangeTest {

    @Test
    void theUsualForms() {
        assertThat(ByteRange.parse("bytes=0-499", 1000)).contains(List.of(new ByteRange(0, 499)));
        assertThat(ByteRange.parse("bytes=500-", 1000)).contains(List.of(new ByteRange(500, 999)));
        assertThat(ByteRange.parse("bytes=-100", 1000)).contains(List.of(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=0-0, 10-19", 1000)).contains(List.of(new ByteRange(0, 0), new ByteRange(10, 19)));
    }

    @Test
    void anEndPastTheFileIsCutToTheFile() {
        assertThat(ByteRange.parse("bytes=900-5000", 1000)).contains(List.of(new ByteRange(900, 999)));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).contains(List.of(new ByteRange(0, 999)));
    }

    @Test
    void unsatisfiableOrMalformedIsEmpty() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=5-3", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=a-b", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=+1-2", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1", 0)).isEmpty();
    }

    @Test
    void aPartIsCappedAtTheMaximum() {
        assertThat(new ByteRange(0, 10_000_000).capped()).isEqualTo(new ByteRange(0, ByteRange.MAX_PART - 1));
        assertThat(new ByteRange(5, 9).capped()).isEqualTo(new ByteRange(5, 9));
    }
}
