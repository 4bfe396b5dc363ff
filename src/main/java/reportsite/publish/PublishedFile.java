package reportsite.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.diag.UserError;
import reportsite.source.SourceReader;

/**
 * A file of the published site read from its address (http or https) or from a local copy, for
 * {@code record}: the site is published by someone else (a CI workflow), so its files are read
 * where readers read them.
 */
public final class PublishedFile {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PublishedFile() {
    }

    /**
     * The text at {@code fileOrUrl}; empty when the address answers that there is no such file
     * (404: nothing published there yet). A local file must exist.
     *
     * @param option the option that named it, where a problem is reported
     */
    public static Optional<SourceText> read(String fileOrUrl, String option) {
        if (fileOrUrl.startsWith("http://") || fileOrUrl.startsWith("https://")) {
            return fetch(fileOrUrl, option);
        }
        Path file;
        try {
            file = Path.of(fileOrUrl);
        } catch (InvalidPathException e) {
            throw UserError.of(Position.ofFile(option), "'" + fileOrUrl + "' is neither a file nor an http(s) address", "");
        }
        if (!Files.isRegularFile(file)) {
            throw UserError.of(Position.ofFile(option), "the file " + SourceReader.display(file) + " does not exist",
                    "name a copy of the published site's figures.json, or its address (https://…/figures.json)");
        }
        try {
            return Optional.of(new SourceText(SourceReader.display(file), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw UserError.of(Position.ofFile(SourceReader.display(file)), "cannot read the file: " + e.getMessage(), "");
        }
    }

    private static Optional<SourceText> fetch(String url, String option) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw UserError.of(Position.ofFile(option), "'" + url + "' is not an address: " + e.getMessage(), "");
        } catch (IOException e) {
            throw UserError.of(Position.ofFile(url), "cannot read the published site: " + e,
                    "check the address and your connection; or pass --since FILE with a copy of the published figures.json");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + url, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw UserError.of(Position.ofFile(url), "the published site answered " + response.statusCode() + " instead of the file",
                    "check the address (--since, --base-url or site.base_url); or pass --since FILE with a copy of the published figures.json");
        }
        return Optional.of(new SourceText(url, response.body()));
    }
}
