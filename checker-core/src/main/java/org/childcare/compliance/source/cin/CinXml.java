package org.childcare.compliance.source.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A census file opened for streaming: the JDK's own StAX parser, with document type declarations
 * refused (so no entity, internal or external, is ever expanded: no XXE, no entity bombs), and a
 * cursor that walks elements by their local names (real files come with and without a namespace)
 * and knows where each start tag begins.
 */
final class CinXml implements AutoCloseable {

    /** Values longer than this are not census values (dates, codes, ids); the rest is not kept. */
    static final int MAX_VALUE_CHARS = 256;

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** Thrown at a DOCTYPE: a census has none, and one is how entity attacks begin. */
    static final class RefusedDoctype extends Exception {
        final int line;
        final int column;

        RefusedDoctype(int line, int column) {
            super("a DOCTYPE declaration is not allowed in a CIN census file (it could pull in other files);"
                    + " nothing in the file was read", null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private final XMLStreamReader xml;
    private final TagPositions positions;
    private final Charset charset;

    /** Local name of the element the cursor is at. */
    String name;
    /** Line and column of the current element's start tag. */
    int line;
    int column;
    /** After {@link #text()}: the element held elements of its own, not just a value. */
    boolean hadElements;
    /** After {@link #text()}: the value was longer than {@link #MAX_VALUE_CHARS}. */
    boolean overlong;

    private CinXml(XMLStreamReader xml, TagPositions positions, Charset charset) {
        this.xml = xml;
        this.positions = positions;
        this.charset = charset;
    }

    /**
     * Opens a file. Bytes not of its character set end its text where they are (see
     * {@link TagPositions}): a census is then unrecognised only when they come before its header,
     * and reading it reports them at their line and column.
     */
    static CinXml open(Path file) throws IOException, XMLStreamException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            Charset charset = sniffCharset(raw);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD");
            TagPositions positions = new TagPositions(new InputStreamReader(raw, decoder));
            XMLStreamReader reader = factory().createXMLStreamReader(positions);
            return new CinXml(reader, positions, charset);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's parser, whatever else is on the class path: its locations are what TagPositions was made for
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * The file's character set: a byte order mark, else the XML declaration's {@code encoding}, else
     * UTF-8 (the census specification's). The mark is consumed; the stream is left at the text.
     */
    private static Charset sniffCharset(InputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return StandardCharsets.UTF_16; // reads and drops the mark itself
        }
        Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (declared.find()) {
            try {
                return Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new CharacterCodingException() {
                    @Override
                    public String getMessage() {
                        return "the XML declaration names an encoding this system does not know: " + declared.group(1);
                    }
                };
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** @return {line, column} of the first byte not of the file's character set, or null when there is none so far */
    int[] wrongBytesAt() {
        return positions.wrongBytesAt();
    }

    /** @return the character set the file is read in, for error messages */
    Charset charset() {
        return charset;
    }

    /**
     * Moves to the root element; false when the file has none.
     *
     * @param refuseDoctype throw at a DOCTYPE; when false (only to recognise a file) the DOCTYPE is
     *     passed over unprocessed: an entity it declares is then an error, never expanded
     */
    boolean root(boolean refuseDoctype) throws XMLStreamException, RefusedDoctype {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD && refuseDoctype) {
                Location at = xml.getLocation();
                throw new RefusedDoctype(Math.max(at.getLineNumber(), 1), 1);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                mark();
                return true;
            }
        }
        return false;
    }

    /**
     * Moves to the next element inside the current one.
     *
     * @return true at the start of a child element, false at the end of the current element
     */
    boolean next() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                mark();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends inside an element", xml.getLocation());
            }
            // text between elements (pretty-printing), comments and processing instructions carry nothing
        }
    }

    /** Reads the current element's value, trimmed, and moves to its end. */
    String text() throws XMLStreamException {
        hadElements = false;
        overlong = false;
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 0) {
                        int room = MAX_VALUE_CHARS + 1 - text.length();
                        if (room > 0) {
                            int length = Math.min(room, xml.getTextLength());
                            text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                        }
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    hadElements = true;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth-- == 0) {
                        String value = text.toString().strip();
                        if (value.length() > MAX_VALUE_CHARS) {
                            overlong = true;
                            value = value.substring(0, MAX_VALUE_CHARS);
                        }
                        return value;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside an element", xml.getLocation());
                default -> {
                    // comments and processing instructions inside a value are not part of it
                }
            }
        }
    }

    /** Skips the current element and everything in it, reading none of its text. */
    void skip() throws XMLStreamException {
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends inside an element", xml.getLocation());
            }
        }
    }

    private void mark() {
        name = xml.getLocalName();
        Location at = xml.getLocation();
        int[] start = positions.tagBefore(at.getLineNumber(), at.getColumnNumber());
        if (start != null) {
            line = start[0];
            column = start[1];
        } else {
            line = at.getLineNumber();
            column = at.getColumnNumber();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases nothing the reader below does not
        } finally {
            positions.close();
        }
    }
}
