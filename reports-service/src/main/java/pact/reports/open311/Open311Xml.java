package pact.reports.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport v2's XML: a root element holding one element per item, and inside each item
 * its fields in order; nested lists name their item elements by the rule of the spec
 * (attributes/attribute, values/value, keywords as text).
 */
final class Open311Xml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Xml() {
    }

    static String write(String root, String item, List<? extends Map<String, ?>> items) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Map<String, ?> fields : items) {
                element(xml, item, fields);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single top-level object, such as a service definition. */
    static String writeOne(String root, Map<String, ?> fields) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, fields);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Map<String, ?> fields) throws XMLStreamException {
        xml.writeStartElement(name);
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof List<?> list) {
                xml.writeStartElement(field.getKey());
                String itemName = switch (field.getKey()) {
                    case "attributes" -> "attribute";
                    case "values" -> "value";
                    default -> null;
                };
                if (itemName == null) {
                    xml.writeCharacters(String.join(",", list.stream().map(String::valueOf).toList()));
                } else {
                    for (Object entry : list) {
                        @SuppressWarnings("unchecked")
                        Map<String, ?> map = (Map<String, ?>) entry;
                        element(xml, itemName, map);
                    }
                }
                xml.writeEndElement();
            } else {
                xml.writeStartElement(field.getKey());
                if (value != null) {
                    xml.writeCharacters(String.valueOf(value));
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }
}
