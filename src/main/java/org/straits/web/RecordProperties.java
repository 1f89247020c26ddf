package org.straits.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Reads a record's components in templates ({@code ${hit.title}}) through their accessors, found
 * once per record class. OGNL, Thymeleaf's expression language, looks for JavaBean getters; a
 * record has none, so for every read it fell back to scanning all the class's methods by name
 * (half of a search page's rendering time, in a profile). Anything that is not a component goes
 * to OGNL's own accessor, as before.
 */
final class RecordProperties implements PropertyAccessor {
  private static final RecordProperties INSTANCE = new RecordProperties();

  private final PropertyAccessor fallback = new ObjectPropertyAccessor();
  private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

  private RecordProperties() {}

  /** Registers the accessor for every record class (OGNL's registry is one per JVM; installing twice is harmless). */
  static void install() {
    OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
  }

  @Override
  public Object getProperty(Map context, Object target, Object name) throws OgnlException {
    Method accessor = name instanceof String component
        ? accessors.computeIfAbsent(target.getClass(), RecordProperties::components).get(component)
        : null;
    if (accessor == null) {
      return fallback.getProperty(context, target, name);
    }
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new OgnlException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
    }
  }

  private static Map<String, Method> components(Class<?> type) {
    Map<String, Method> byName = new HashMap<>();
    RecordComponent[] components = type.getRecordComponents();
    for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
      Method accessor = component.getAccessor();
      // A record nested in a package-private class has public accessors that reflection still refuses.
      accessor.setAccessible(true);
      byName.put(component.getName(), accessor);
    }
    // Derived values a record declares beside its components ({@code bar.empty}), read the same way.
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0 && method.getReturnType() != void.class) {
        method.setAccessible(true);
        byName.putIfAbsent(method.getName(), method);
      }
    }
    return Map.copyOf(byName);
  }

  @Override
  public void setProperty(Map context, Object target, Object name, Object value) throws OgnlException {
    fallback.setProperty(context, target, name, value);
  }

  @Override
  public String getSourceAccessor(OgnlContext context, Object target, Object name) {
    return fallback.getSourceAccessor(context, target, name);
  }

  @Override
  public String getSourceSetter(OgnlContext context, Object target, Object name) {
    return fallback.getSourceSetter(context, target, name);
  }
}
