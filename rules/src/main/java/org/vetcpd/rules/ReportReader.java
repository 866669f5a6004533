package org.vetcpd.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.vetcpd.core.Problem;
import org.vetcpd.core.ValidationException;
import org.vetcpd.core.json.JsonOptions;
import org.vetcpd.core.json.VetcpdJson;

/**
 * Reads a {@link TailoringReport} back from its JSON, strictly: the text is parsed by {@link
 * VetcpdJson#parseTree}, then bound with unknown fields, nulls for primitives, numbers for enums,
 * fractions for whole numbers and scalars from strings all refused.
 */
final class ReportReader {
  private static final ObjectReader READER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfigDefaults(c -> c
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
      .build()
      .readerFor(TailoringReport.class);

  private ReportReader() {}

  static TailoringReport read(String json) {
    JsonNode tree = VetcpdJson.parseTree(json, JsonOptions.strict());
    try {
      return READER.readValue(tree);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ValidationException(List.of(new Problem(path(e), String.valueOf(
          cause.getMessage()))));
    } catch (JsonProcessingException e) {
      throw new ValidationException(List.of(new Problem(path(e), e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
      if (ref.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        b.append('[').append(ref.getIndex()).append(']');
      }
    }
    return b.toString();
  }
}
