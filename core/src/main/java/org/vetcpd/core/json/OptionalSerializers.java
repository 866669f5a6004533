package org.vetcpd.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes {@code java.util} optionals as their value or, when empty, leaves the property out (or
 * writes null where a class asks for every property). Keeps core free of the jdk8 datatype module.
 */
final class OptionalSerializers {
  private OptionalSerializers() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("vetcpd-optionals");
    m.addSerializer(new OptionalSer());
    m.addSerializer(new OptionalDoubleSer());
    return m;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class OptionalSer extends StdSerializer<Optional> {
    private static final long serialVersionUID = 1L;

    OptionalSer() {
      super(Optional.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Optional value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  private static final class OptionalDoubleSer extends StdSerializer<OptionalDouble> {
    private static final long serialVersionUID = 1L;

    OptionalDoubleSer() {
      super(OptionalDouble.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, OptionalDouble value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        gen.writeNumber(value.getAsDouble());
      } else {
        gen.writeNull();
      }
    }
  }
}
