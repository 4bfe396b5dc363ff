package reportsite.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportsite.claims.Claim.Arithmetic;
import reportsite.claims.Claim.Expr;
import reportsite.claims.Claim.Figure;
import reportsite.claims.Claim.FigureRef;
import reportsite.claims.Claim.Growth;
import reportsite.claims.Claim.SeriesRef;

/**
 * Reads the text of a {@code {{ claim … }}} directive (without the word "claim"):
 * <pre>
 *   yoy alibaba.capex@latest &gt; yoy google.capex@latest      comparison (&gt; &lt; &gt;= &lt;=, * /, numbers)
 *   google.capex@latest &gt; 2 * alibaba.capex@latest in USD
 *   alibaba.capex@FY2026-Q1 is a record                       (is a record low)
 *   google.capex@latest is the largest                         (highest, smallest, lowest)
 *   alibaba.cloud_revenue_growth@latest is rising over 4       (falling)
 *   alibaba.cloud_revenue_growth crosses google.cloud_revenue_growth   (overtakes; over N)
 * </pre>
 */
public final class ClaimParser {

    public static final String SYNTAX = "write {{ claim a > b }} (figures, yoy/qoq figures, numbers, * and /),"
            + " {{ claim x is a record }}, {{ claim x is the largest }}, {{ claim x is rising over 4 }}"
            + " or {{ claim s1 crosses s2 }}";

    private static final Pattern TOKEN = Pattern.compile(">=|<=|[<>*/]|[^\\s<>*/]+");
    private static final Pattern FIGURE = Pattern.compile("([a-z0-9_-]+)\\.([a-z0-9_-]+)@([A-Za-z0-9-]+)");
    private static final Pattern SERIES = Pattern.compile("([a-z0-9_-]+)\\.([a-z0-9_-]+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final List<String> OPERATORS = List.of(">", "<", ">=", "<=");

    private final List<String> tokens;
    private int next;

    private ClaimParser(List<String> tokens) {
        this.tokens = tokens;
    }

    public static Claim parse(String text) throws ClaimSyntaxException {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            throw new ClaimSyntaxException("empty claim", SYNTAX);
        }
        return new ClaimParser(tokens).claim();
    }

    private Claim claim() throws ClaimSyntaxException {
        if (tokens.contains("crosses") || tokens.contains("overtakes")) {
            return crossing();
        }
        if (tokens.size() > 1 && tokens.get(1).equals("is")) {
            return statement();
        }
        Expr left = expr();
        String operator = take("a comparison (>, <, >=, <=)");
        if (!OPERATORS.contains(operator)) {
            throw new ClaimSyntaxException("expected >, <, >= or <= in the claim, found '" + operator + "'", SYNTAX);
        }
        Expr right = expr();
        Optional<String> currency = Optional.empty();
        if (peek().equals("in")) {
            next++;
            String code = take("a currency code");
            if (!code.matches("[A-Z]{3}")) {
                throw new ClaimSyntaxException("'" + code + "' is not a currency code", "write a three-letter code such as USD");
            }
            currency = Optional.of(code);
        }
        end();
        return new Claim.Comparison(left, operator, right, currency);
    }

    private Claim statement() throws ClaimSyntaxException {
        FigureRef figure = figure(take("a figure"));
        next++; // "is"
        String word = take("'a record', 'the largest' or 'rising over N'");
        Claim claim = switch (word) {
            case "a" -> {
                expect("record");
                boolean low = peek().equals("low");
                if (low) {
                    next++;
                }
                yield new Claim.Extreme(figure, !low, false);
            }
            case "the" -> {
                String which = take("largest, highest, smallest or lowest");
                if (!List.of("largest", "highest", "smallest", "lowest").contains(which)) {
                    throw new ClaimSyntaxException("expected largest, highest, smallest or lowest, found '" + which + "'", SYNTAX);
                }
                yield new Claim.Extreme(figure, which.equals("largest") || which.equals("highest"), true);
            }
            case "rising", "falling" -> new Claim.Trend(figure, word.equals("rising"), over(2));
            default -> throw new ClaimSyntaxException("expected 'a record', 'the largest' or 'rising over N' after 'is',"
                    + " found '" + word + "'", SYNTAX);
        };
        end();
        return claim;
    }

    private Claim crossing() throws ClaimSyntaxException {
        SeriesRef first = series(take("a series"));
        String verb = take("'crosses' or 'overtakes'");
        if (!verb.equals("crosses") && !verb.equals("overtakes")) {
            throw new ClaimSyntaxException("expected 'crosses' or 'overtakes' after " + first + ", found '" + verb + "'", SYNTAX);
        }
        SeriesRef second = series(take("a series"));
        int window = peek().equals("over") ? over(2) : 0;
        end();
        return new Claim.Crossing(first, second, verb.equals("overtakes"), window);
    }

    /** "over N" with N at least {@code min}. */
    private int over(int min) throws ClaimSyntaxException {
        expect("over");
        String n = take("a number of periods");
        if (!n.matches("\\d{1,3}") || Integer.parseInt(n) < min) {
            throw new ClaimSyntaxException("'over' takes a number of periods of at least " + min + ", found '" + n + "'",
                    "write over 4 for the last four periods");
        }
        return Integer.parseInt(n);
    }

    private Expr expr() throws ClaimSyntaxException {
        Expr left = term();
        while (peek().equals("*") || peek().equals("/")) {
            char operator = tokens.get(next++).charAt(0);
            left = new Arithmetic(left, operator, term());
        }
        return left;
    }

    private Expr term() throws ClaimSyntaxException {
        String t = take("a figure or a number");
        if (NUMBER.matcher(t).matches()) {
            return new Claim.Number(new BigDecimal(t));
        }
        if (t.equals("yoy") || t.equals("qoq")) {
            return new Figure(figure(take("a figure after " + t)), t.equals("yoy") ? Growth.YOY : Growth.QOQ);
        }
        if (t.equals("low") || t.equals("high")) {
            return new Figure(figure(take("a figure after " + t)), t.equals("low") ? Growth.LOW : Growth.HIGH);
        }
        return new Figure(figure(t), Growth.NONE);
    }

    private static FigureRef figure(String t) throws ClaimSyntaxException {
        Matcher m = FIGURE.matcher(t);
        if (!m.matches()) {
            throw new ClaimSyntaxException("expected a figure such as alibaba.capex@latest, found '" + t + "'", SYNTAX);
        }
        return new FigureRef(new SeriesRef(m.group(1), m.group(2)), m.group(3));
    }

    private static SeriesRef series(String t) throws ClaimSyntaxException {
        Matcher m = SERIES.matcher(t);
        if (!m.matches()) {
            throw new ClaimSyntaxException("expected a series such as alibaba.cloud_revenue_growth (no @period), found '" + t + "'",
                    SYNTAX);
        }
        return new SeriesRef(m.group(1), m.group(2));
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : "";
    }

    private String take(String what) throws ClaimSyntaxException {
        if (next >= tokens.size()) {
            throw new ClaimSyntaxException("the claim ends where " + what + " was expected", SYNTAX);
        }
        return tokens.get(next++);
    }

    private void expect(String word) throws ClaimSyntaxException {
        String t = take("'" + word + "'");
        if (!t.equals(word)) {
            throw new ClaimSyntaxException("expected '" + word + "', found '" + t + "'", SYNTAX);
        }
    }

    private void end() throws ClaimSyntaxException {
        if (next < tokens.size()) {
            throw new ClaimSyntaxException("unexpected '" + tokens.get(next) + "' at the end of the claim", SYNTAX);
        }
    }
}
