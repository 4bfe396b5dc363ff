package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportsite.data.Dataset;
import reportsite.data.MiniData;
import reportsite.diag.Diagnostics;
import reportsite.updates.DataChanges;
import reportsite.updates.DataUpdate;
import reportsite.updates.FigureChange;
import reportsite.updates.FigureSnapshot;
import reportsite.updates.UpdateHistory;

/**
 * The report's first real data update (issue 16): the metrics file as it was before it and as
 * the update left it, both kept as fixtures. The change report between them lists exactly the
 * figures the example's history records for that update: 33 new, one revised.
 */
class DataUpdate2026Test {

    @TempDir
    Path root;

    private Dataset load(String name) throws IOException {
        String yaml;
        try (InputStream in = DataUpdate2026Test.class.getResourceAsStream("/data-update-2026/" + name)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path dir = Files.createDirectories(root.resolve(name));
        Diagnostics d = new Diagnostics();
        Dataset data = MiniData.load(dir, yaml, d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return data;
    }

    @Test
    void theChangeReportListsExactlyTheFiguresTheHistoryRecords() throws IOException {
        DataChanges changes = DataChanges.between(FigureSnapshot.of(root, load("metrics-before.yaml"), Map.of()),
                FigureSnapshot.of(root, load("metrics-after.yaml"), Map.of()));
        assertEquals(33, changes.figures().stream().filter(c -> c.kind() == FigureChange.Kind.NEW).count());
        assertEquals(List.of("google.monthly_tokens@2026-05"), changes.figures().stream()
                .filter(c -> c.kind() == FigureChange.Kind.REVISED).map(FigureChange::figure).toList());
        assertEquals(0, changes.figures().stream().filter(c -> c.kind() == FigureChange.Kind.REMOVED).count());

        DataUpdate recorded = UpdateHistory.read(Path.of("content"), new Diagnostics()).stream()
                .filter(u -> u.asOf().equals(Optional.of(LocalDate.parse("2026-05-20")))).findFirst().orElseThrow();
        assertEquals(recorded.changes().stream().map(FigureChange::describe).toList(),
                changes.figures().stream().map(FigureChange::describe).toList());
    }
}
