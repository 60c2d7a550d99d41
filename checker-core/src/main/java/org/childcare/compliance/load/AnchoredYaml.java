package org.childcare.compliance.load;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser reports the anchor of a list or mapping ({@code getObjectId()}) but drops
 * the anchor of a single value ({@code &sw SW014}); this parser exposes it from the SnakeYAML event,
 * so that the loader can expand every alias.
 */
final class AnchoredYaml {
    private AnchoredYaml() {}

    static YAMLFactory factory(YAMLFactoryBuilder builder) {
        return new Factory(builder);
    }

    /** @return the parser's token line, or -1 when it is not one of ours */
    static int tokenLine(YAMLParser parser) {
        return parser instanceof Parser p ? p.tokenLine() : -1;
    }

    static int tokenColumn(YAMLParser parser) {
        return parser instanceof Parser p ? p.tokenColumn() : -1;
    }

    /** @return the anchor of the current scalar, or null */
    static String scalarAnchor(YAMLParser parser) {
        return parser instanceof Parser p ? p.scalarAnchor() : null;
    }

    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
            return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    _createReader(in, null, context));
        }
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        String scalarAnchor() {
            return _lastEvent instanceof ScalarEvent scalar ? scalar.getAnchor() : null;
        }

        /** Like currentTokenLocation().getLineNr(), without building a location. */
        int tokenLine() {
            Mark mark = _lastEvent == null ? null : _lastEvent.getStartMark();
            return mark == null ? 0 : mark.getLine() + 1;
        }

        int tokenColumn() {
            Mark mark = _lastEvent == null ? null : _lastEvent.getStartMark();
            return mark == null ? 0 : mark.getColumn() + 1;
        }
    }
}
