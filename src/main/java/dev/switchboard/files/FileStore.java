package dev.switchboard.files;

import dev.switchboard.common.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps attachment bytes under {@code SWITCHBOARD_DATA_DIR/files}, by a key that says nothing of its owner. */
@Component
public class FileStore {

    private final Path root;

    FileStore(@Value("${switchboard.data-dir:./data}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
    }

    /** Stores the bytes and answers their key. */
    public String store(byte[] bytes) {
        String key = Ids.next().toString();
        Path file = path(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a file", e);
        }
        return key;
    }

    public byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read a stored file", e);
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
