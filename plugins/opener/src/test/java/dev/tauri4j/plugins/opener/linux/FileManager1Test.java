package dev.tauri4j.plugins.opener.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileManager1Test {

    @Test
    void theUrisAreOneGVariantStringArrayWhateverThePathsHold() {
        assertThat(FileManager1.uriArray(List.of(Path.of("/tmp/a b"), Path.of("/tmp/it's, [x]"), Path.of("/tmp/back\\slash"))))
                .isEqualTo("['file:///tmp/a%20b', 'file:///tmp/it%27s,%20%5Bx%5D', 'file:///tmp/back%5Cslash']");
    }
}
