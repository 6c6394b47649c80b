package org.inclusionscan.report.impl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the report's records ({@link JsonReport}) with Jackson's streaming generator, exactly as
 * Jackson's data binding writes them (components in declaration order, {@code @JsonInclude(NON_NULL)}
 * on a record or a component, {@code null} elsewhere), without data binding: building the bean
 * serializers of some twenty record types cost a fresh {@code inclusion score} process more than
 * writing the report. The golden files ({@code GoldenFileTest}) hold the two to the same bytes.
 * Knows only what the report's records hold: records, strings, numbers, booleans, lists and maps
 * with string keys. Thread-safe.
 */
final class RecordJsonWriter {

    /** A record type's components in declaration order, with their accessors and whether a null one is left out. */
    private record Component(String name, Method accessor, boolean skipNull) {
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            boolean skipAll = nonNull(type.getAnnotation(JsonInclude.class));
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                boolean skip = skipAll || nonNull(accessor.getAnnotation(JsonInclude.class));
                if (!skip) {
                    try {
                        skip = nonNull(type.getDeclaredField(component.getName()).getAnnotation(JsonInclude.class));
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException("The record (" + type.getName() + ") has no field for its component ("
                                + component.getName() + ").", e);
                    }
                }
                result[i] = new Component(component.getName(), accessor, skip);
            }
            return List.of(result);
        }
    };

    private RecordJsonWriter() {
    }

    private static boolean nonNull(JsonInclude include) {
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    /** Writes a value (a record, usually) with the generator; the generator is not closed. */
    static void write(Object value, JsonGenerator generator) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Double number) {
            generator.writeNumber(number.doubleValue());
        } else if (value instanceof Integer number) {
            generator.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Record record) {
            writeRecord(record, generator);
        } else if (value instanceof Collection<?> values) {
            generator.writeStartArray();
            for (Object element : values) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else {
            throw new IllegalStateException("The report holds a value of a type (" + value.getClass().getName()
                    + ") its JSON writer does not know.");
        }
    }

    private static void writeRecord(Record record, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        for (Component component : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = component.accessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The report's record (" + record.getClass().getSimpleName()
                        + ") cannot be read.", e);
            }
            if (value == null && component.skipNull()) {
                continue;
            }
            generator.writeFieldName(component.name());
            write(value, generator);
        }
        generator.writeEndObject();
    }
}
