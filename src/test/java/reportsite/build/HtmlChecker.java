package reportsite.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu) run in-process, offline: its HTML
 * schemas ship inside its jar. One instance checks pages one after another (it is not thread-safe).
 */
final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private String page = "";

    HtmlChecker() {
        // no log4j set-up of its own (src/test/resources/log4j.properties), no URL logging, no language detection (its notes are warnings anyway)
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are allowed
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator.setUpMainSchema(SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker cannot start: " + e, e);
        }
    }

    /** The errors of one page, each as {@code page:line:column: message}. */
    List<String> errors(String name, byte[] html) {
        errors.clear();
        page = name;
        InputSource in = new InputSource(new ByteArrayInputStream(html));
        in.setSystemId(name);
        in.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(in);
        } catch (IOException | SAXException e) {
            errors.add(name + ": the checker failed: " + e.getMessage());
        }
        return List.copyOf(errors);
    }
}
