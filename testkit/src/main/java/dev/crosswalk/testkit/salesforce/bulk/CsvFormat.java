package dev.crosswalk.testkit.salesforce.bulk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * A Bulk API 2.0 CSV dialect: one of the platform's column delimiters and line endings. Output quotes every value
 * (empty and null values as {@code ""}), as the platform's query results do.
 */
public record CsvFormat(String delimiterName, char delimiter, String lineEndingName) {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    /** Parses the job request's {@code columnDelimiter} and {@code lineEnding}; empty when either is unknown. */
    public static Optional<CsvFormat> of(String delimiterName, String lineEndingName) {
        String delimiterKey = delimiterName == null ? "COMMA" : delimiterName.toUpperCase(Locale.ROOT);
        String lineKey = lineEndingName == null ? "LF" : lineEndingName.toUpperCase(Locale.ROOT);
        Character delimiter = switch (delimiterKey) {
            case "BACKQUOTE" -> '`';
            case "CARET" -> '^';
            case "COMMA" -> ',';
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "TAB" -> '\t';
            default -> null;
        };
        if (delimiter == null || !(lineKey.equals("LF") || lineKey.equals("CRLF"))) {
            return Optional.empty();
        }
        return Optional.of(new CsvFormat(delimiterKey, delimiter, lineKey));
    }

    public String lineSeparator() {
        return lineEndingName.equals("CRLF") ? "\r\n" : "\n";
    }

    /** A writer of fully quoted rows; the caller closes it. */
    public SequenceWriter writer(OutputStream out) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withLineSeparator(lineSeparator())
                .withoutHeader();
        return MAPPER.writerFor(String[].class).with(schema).writeValues(out);
    }

    /** A streaming generator of fully quoted rows (one JSON-style array per row); the caller closes it. */
    public CsvGenerator generator(OutputStream out) throws IOException {
        CsvGenerator generator = MAPPER.getFactory().createGenerator(out);
        generator.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withLineSeparator(lineSeparator()).withoutHeader());
        return generator;
    }

    /** Reads rows (header first) of an uploaded file; either line ending is accepted. */
    public MappingIterator<String[]> reader(InputStream in) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutHeader();
        return MAPPER.readerFor(String[].class).with(schema).readValues(in);
    }
}
