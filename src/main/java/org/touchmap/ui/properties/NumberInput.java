package org.touchmap.ui.properties;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

import org.touchmap.model.Metric;

/**
 * Reads and writes the numbers of the panel: visitor counts and metric values.
 *
 * <p>Either {@code .} or {@code ,} is a decimal separator, whatever the language, because people
 * type both; grouping is only by spaces (as Russian and Serbian write thousands). That way
 * "4.5" never turns into 45 in a language where the dot groups digits. Whole numbers may also
 * be grouped by commas or dots in threes ("12,000"). A minus may be typed as {@code -} or {@code −}.
 * Blank text means "not set".
 */
final class NumberInput {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}([,.']\\d{3})+");
    private static final char MINUS_SIGN = '\u2212';
    private static final int MAX_FRACTION_DIGITS = 4;

    private final PanelText text;

    NumberInput(PanelText text) {
        this.text = text;
    }

    /** A count of people, such as a stage's visitors: a whole number, 0 or more. */
    ParsedInput<Long> count(String input, String fieldName) {
        String compact = compact(input);
        if (compact.isEmpty()) {
            return ParsedInput.ok(null);
        }
        if (!WHOLE.matcher(compact).matches()) {
            return ParsedInput.refused(text.get("error.count", fieldName));
        }
        try {
            return ParsedInput.ok(Long.parseLong(compact.replaceAll("[,.']", "")));
        } catch (NumberFormatException tooLarge) {
            return ParsedInput.refused(text.get("error.count", fieldName));
        }
    }

    /** A metric's value, which must lie in the metric's range; a trailing {@code %} is allowed. */
    ParsedInput<Double> metric(String input, Metric metric) {
        String compact = compact(input);
        if (compact.endsWith("%")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        if (compact.isEmpty()) {
            return ParsedInput.ok(null);
        }
        if (!DECIMAL.matcher(compact).matches()) {
            return ParsedInput.refused(text.get("error.number", format(12.5)));
        }
        double value = Double.parseDouble(compact.replace(',', '.'));
        if (!metric.accepts(value)) {
            return ParsedInput.refused(rangeMessage(metric));
        }
        return ParsedInput.ok(value);
    }

    /** What the person is told when a metric's value is out of range, e.g. "NPS must be between −100 and 100". */
    String rangeMessage(Metric metric) {
        String name = text.name("metric", metric);
        if (metric.max() == Double.MAX_VALUE) {
            return text.get("error.range.atLeast", name, format(metric.min()));
        }
        return text.get("error.range.between", name, format(metric.min()), format(metric.max()));
    }

    /** The range as a hint inside an empty field, e.g. "−100 … 100". */
    String rangeHint(Metric metric) {
        return metric.max() == Double.MAX_VALUE
                ? text.get("hint.range.atLeast", format(metric.min()))
                : text.get("hint.range.between", format(metric.min()), format(metric.max()));
    }

    /** A number as the field shows it: no grouping, the language's decimal separator, a true minus sign. */
    String format(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(MAX_FRACTION_DIGITS, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        char separator = DecimalFormatSymbols.getInstance(text.locale()).getDecimalSeparator();
        return plain.replace('.', separator).replace('-', MINUS_SIGN);
    }

    String format(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String compact(String input) {
        return SPACES.matcher(input == null ? "" : input).replaceAll("").replace(MINUS_SIGN, '-');
    }
}
