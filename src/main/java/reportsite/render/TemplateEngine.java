package reportsite.render;

import freemarker.cache.ByteArrayTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import reportsite.diag.Diagnostics;
import reportsite.diag.Position;
import reportsite.diag.SourceText;
import reportsite.source.Theme;

/** FreeMarker set up safely, and template errors turned into positioned diagnostics. */
public final class TemplateEngine {

    private final Configuration cfg;
    private final Theme theme;

    /** With {@code templatesDir} as the folder of overrides of the built-in theme. */
    public TemplateEngine(Path templatesDir) throws IOException {
        this(new Theme(templatesDir));
    }

    /**
     * A template is looked up in the theme's override folder first, then in the jar, so that a
     * report's own file wins and the rest come from the built-in theme.
     */
    public TemplateEngine(Theme theme) {
        this.theme = theme;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        // The theme's files as read at the start of the build, the folder's over the jar's: the engine reads nothing else.
        ByteArrayTemplateLoader loader = new ByteArrayTemplateLoader();
        theme.merged().forEach((name, bytes) -> {
            if (!name.startsWith("assets/")) {
                // One fixed time: FreeMarker's template cache never looks again, and output cannot depend on the clock.
                loader.putTemplate(name, bytes, 0L);
            }
        });
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
    }


    /** The rendered text, or empty after reporting the template's error at its line and column. */
    public Optional<String> render(String template, Map<String, Object> model, Diagnostics diagnostics) {
        try {
            Template t = cfg.getTemplate(template);
            StringWriter out = new StringWriter(8192);
            t.process(model, out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            diagnostics.error(Position.ofFile(display(template)), "template not found",
                    "create " + display(template) + " (the built-in theme has no such template)", "");
        } catch (ParseException e) {
            reportParse(diagnostics, template, e);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            report(diagnostics, name, line == null ? 0 : line, col == null ? 0 : col,
                    "template error: " + firstLine(e.getMessageWithoutStackTop()),
                    e.getBlamedExpressionString() == null ? "" : "check '" + e.getBlamedExpressionString()
                            + "' against the template model in docs/templates.md");
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException p) {
                // FreeMarker caches a failed parse: the second page using the template gets this.
                reportParse(diagnostics, template, p);
            } else {
                diagnostics.error(Position.ofFile(display(template)), "cannot read template: " + e.getMessage(), "", "");
            }
        }
        return Optional.empty();
    }

    private void reportParse(Diagnostics diagnostics, String template, ParseException e) {
        report(diagnostics, e.getTemplateName() == null ? template : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                "template syntax: " + firstLine(e.getEditorMessage()), "see https://freemarker.apache.org/docs/ref.html");
    }

    private void report(Diagnostics diagnostics, String name, int line, int col, String message, String hint) {
        String text = "";
        try {
            text = theme.file(name).map(Theme.ThemeFile::text).orElse("");
        } catch (RuntimeException e) {
            // The message is still useful without the quoted line.
        }
        SourceText st = new SourceText(display(name), text);
        diagnostics.error(st, st.at(line, col), message, hint);
    }

    private String display(String name) {
        return theme.display(name);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
