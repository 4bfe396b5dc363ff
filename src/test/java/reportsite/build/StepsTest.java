package reportsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a cached step exact: it is a function of the record of its inputs alone,
 * and its key is made from that record. A step that captured a value (a field of the pipeline, a
 * map of the run) would read an input its key leaves out: such a step fails here.
 */
class StepsTest {

    @Test
    void everyKindIsListedAndItsStepCapturesNothing() throws IllegalAccessException {
        List<CacheKind<?, ?>> declared = new ArrayList<>();
        for (Field f : Steps.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == CacheKind.class) {
                declared.add((CacheKind<?, ?>) f.get(null));
            }
        }
        assertEquals(declared.size(), Steps.ALL.size(), "Steps.ALL lists every kind");
        assertTrue(Steps.ALL.containsAll(declared));
        for (CacheKind<?, ?> kind : Steps.ALL) {
            Field[] captured = kind.step().getClass().getDeclaredFields();
            assertEquals(0, captured.length, () -> "the step of '" + kind.name() + "' captures " + List.of(captured)
                    + ": give it that value through its inputs record instead");
        }
    }

    @Test
    void everyStepTakesARecordWhoseEveryComponentCanBeKeyed() throws NoSuchFieldException {
        for (Field f : Steps.class.getDeclaredFields()) {
            if (f.getType() != CacheKind.class) {
                continue;
            }
            Class<?> inputs = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            assertTrue(inputs.isRecord(), f.getName() + " takes a record");
            for (var c : inputs.getRecordComponents()) {
                assertTrue(keyable(c.getType()), () -> f.getName() + "'s input '" + c.getName() + "' is a " + c.getType().getName()
                        + ", which Keys cannot write: wrap it in Keyed, or make it a record");
            }
        }
    }

    /** What {@link Keys} writes by value: anything else must come keyed. */
    private static boolean keyable(Class<?> type) {
        return type == String.class || type == byte[].class || type.isPrimitive() || type.isRecord() || type.isEnum()
                || type == Keyed.class || java.util.Optional.class == type || java.util.List.class.isAssignableFrom(type)
                || java.util.Map.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type);
    }

    @Test
    void theEditionsOtherPagesReachEveryPageKey() {
        // The stale language switch of c783d8b: a page's key left out the other editions' pages.
        Keys keys = new Keys("g");
        EditionContext.Other without = new EditionContext.Other(reportsite.data.Language.ZH, "zh/", Keyed.madeBy(() -> "ui", null),
                java.util.Map.of("index.md", "index.html"));
        EditionContext.Other with = new EditionContext.Other(reportsite.data.Language.ZH, "zh/", Keyed.madeBy(() -> "ui", null),
                java.util.Map.of("index.md", "index.html", "notes.md", "notes.html"));
        assertNotEquals(Keys.sha256(inputs(List.of(without))), Keys.sha256(inputs(List.of(with))));
        assertNotEquals(keys.of(Steps.PAGES, page(inputs(List.of(without)))), keys.of(Steps.PAGES, page(inputs(List.of(with)))));
    }

    private static EditionContext.Inputs inputs(List<EditionContext.Other> others) {
        return new EditionContext.Inputs(reportsite.data.Language.EN, "", Keyed.madeBy(() -> "ui", null), Keyed.madeBy(() -> "data", null),
                Keyed.madeBy(() -> "charts", null), Keyed.madeBy(() -> "engine", null), List.of(), others, false);
    }

    private static Steps.PageIn page(EditionContext.Inputs inputs) {
        return new Steps.PageIn(Keyed.madeBy(() -> Keys.sha256(inputs), null), new reportsite.source.SourceFile("notes.md", "content/notes.md",
                java.nio.file.Path.of("content/notes.md"), "---\ntitle: N\n---\n"), null, "notes.html", Keyed.of(List.of()));
    }
}
