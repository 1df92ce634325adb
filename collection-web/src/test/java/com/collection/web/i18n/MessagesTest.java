package com.collection.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import com.collection.core.staff.Role;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the user sees comes from a message bundle, in both languages: the bundles agree on
 * their keys, every key the templates use exists, and no template carries hard-coded text.
 * Plain files, no Spring context; paths are relative to the module (where Maven runs tests).
 */
class MessagesTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");

  /** Keys the templates build with {@code +}: the prefix and every value that can follow it. */
  private static final Map<String, List<String>> DYNAMIC_KEYS = Map.ofEntries(
      Map.entry("unit.use.", names(UnitUse.values())),
      Map.entry("unit.occupancy.", names(Occupancy.values())),
      Map.entry("role.", names(Role.values())),
      Map.entry("error.status.", List.of("400", "403", "404", "405", "500")),
      Map.entry("billStatus.", names(com.collection.core.billing.BillStatus.values())),
      Map.entry("feeKind.", names(com.collection.core.billing.FeeKind.values())),
      Map.entry("cycle.", names(com.collection.core.billing.BillingCycle.values())),
      Map.entry("runStatus.", names(com.collection.core.billing.BillRun.BillRunStatus.values())),
      Map.entry("skip.", names(com.collection.core.billing.SkipReason.values())),
      Map.entry("paymentMethod.", names(com.collection.core.payment.PaymentMethod.values())),
      Map.entry("paymentStatus.", names(com.collection.core.payment.Payment.Status.values())),
      Map.entry("adjustmentKind.", names(com.collection.core.adjustment.AdjustmentKind.values())),
      Map.entry("adjustmentStatus.", names(com.collection.core.adjustment.AdjustmentStatus.values())),
      Map.entry("arrears.category.", names(com.collection.core.arrears.CaseCategory.values())),
      Map.entry("arrears.channel.", names(com.collection.core.arrears.Channel.values())),
      Map.entry("arrears.reached.", names(com.collection.core.arrears.Reached.values())),
      Map.entry("arrears.status.", names(com.collection.core.arrears.CaseStatus.values())),
      Map.entry("arrears.event.", names(com.collection.core.arrears.CaseEvent.Kind.values())),
      Map.entry("arrears.timeline.kind.", names(com.collection.core.arrears.TimelineEntry.Kind.values())));

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyMessage() {
    Map<String, Path> bundles = bundles();
    assertThat(bundles).as("message bundles in %s", RESOURCES).containsKey("messages");
    List<String> problems = new ArrayList<>();
    for (var bundle : bundles.entrySet()) {
      Path chinese = bundle.getValue();
      Path english = chinese.resolveSibling(bundle.getKey() + "_en.properties");
      if (!Files.exists(english)) {
        problems.add(english + " is missing (every bundle has an English twin)");
        continue;
      }
      Map<String, String> zh = load(chinese);
      Map<String, String> en = load(english);
      for (String key : difference(zh.keySet(), en.keySet())) {
        problems.add(english.getFileName() + " lacks " + key + " (" + chinese.getFileName() + ": " + zh.get(key) + ")");
      }
      for (String key : difference(en.keySet(), zh.keySet())) {
        problems.add(chinese.getFileName() + " lacks " + key + " (" + english.getFileName() + ": " + en.get(key) + ")");
      }
      for (Path file : List.of(chinese, english)) {
        Map<String, String> messages = file == chinese ? zh : en;
        messages.forEach((key, value) -> {
          if (value.isBlank()) {
            problems.add(file.getFileName() + ": " + key + " is empty");
          }
          if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
            problems.add(file.getFileName() + ": " + key + " has arguments and a single ' that"
                + " MessageFormat would swallow (write '' or ’): " + value);
          }
        });
        duplicateKeys(file).forEach(key -> problems.add(file.getFileName() + ": " + key + " is defined twice"));
      }
      for (String key : zh.keySet()) {
        if (en.containsKey(key) && !placeholders(zh.get(key)).equals(placeholders(en.get(key)))) {
          problems.add(key + " has arguments " + placeholders(zh.get(key)) + " in Chinese but "
              + placeholders(en.get(key)) + " in English");
        }
      }
    }
    report("message bundle problems", problems);
  }

  @Test
  void everyBundleIsOneThatSpringLoads() {
    Properties application = new Properties();
    try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
      application.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> basenames = Arrays.stream(application.getProperty("spring.messages.basename", "messages").split(","))
        .map(String::trim).toList();
    assertThat(basenames).as("spring.messages.basename in application.properties")
        .containsAll(bundles().keySet());
  }

  @Test
  void everyMessageKeyTheTemplatesUseExists() {
    Map<String, String> known = new TreeMap<>();
    bundles().values().forEach(file -> known.putAll(load(file)));
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      UsedKeys used = UsedKeys.in(read(template));
      for (String key : used.literal()) {
        if (!known.containsKey(key)) {
          problems.add(name(template) + " uses the key " + key + ", which no bundle defines");
        }
      }
      for (String prefix : used.dynamicPrefixes()) {
        List<String> values = DYNAMIC_KEYS.get(prefix);
        if (values == null) {
          if (known.keySet().stream().noneMatch(key -> key.startsWith(prefix))) {
            problems.add(name(template) + " builds keys from '" + prefix + "' + …, but no key starts with it");
          }
          continue;
        }
        for (String value : values) {
          if (!known.containsKey(prefix + value)) {
            problems.add(name(template) + " builds keys from '" + prefix + "' + …, but " + prefix + value
                + " is missing");
          }
        }
      }
    }
    report("missing message keys", problems);
  }

  @Test
  void templatesHaveNoHardCodedText() {
    List<String> findings = new ArrayList<>();
    for (Path template : templates()) {
      TemplateScanner.scan(name(template), read(template)).forEach(f -> findings.add(f.toString()));
    }
    report("hard-coded text in templates (use th:text=\"#{key}\" or th:<attribute>=\"#{key}\")", findings);
  }

  @Test
  void theScannerFindsHardCodedTextAndLeavesTranslatedTextAlone() {
    String sample = """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::title}, ~{::main})}">
        <head><title>Fees</title><title th:text="#{t}">Fees</title></head>
        <body>
        <main>
          <!-- a comment with Words -->
          <h1>Units</h1>
          <p th:text="#{units.title}">placeholder text</p>
          <div class="invalid-feedback" th:errors="*{name}">error</div>
          <div th:text="#{units.title}"><span>nested placeholder</span></div>
          <div th:replace="~{fragments/pager :: pager(${units})}">prototype pager</div>
          <span th:if="${a > b}">more &amp; less</span>
          <td class="money">12.00 · 、 &nbsp;</td>
          <p>[[#{units.title}]]</p>
          <input placeholder="Name">
          <input th:placeholder="#{units.ownerName}" placeholder="Name">
          <input type="submit" value="Save">
          <input type="hidden" name="kind" value="owner">
          <button type="button" title="Close" th:text="#{units.clear}">x</button>
          <img th:src="@{/logo.png}" alt="logo">
          <a lang="en" th:href="${enLink}">English</a>
          <a lang="zh-CN" th:href="${zhLink}">中文</a>
          <a href="?lang=en">English</a>
          <script>const label = "Hello";</script>
          <style>.x::after { content: "Hello"; }</style>
          <td>未注明</td>
        </main>
        </body>
        </html>
        """;
    List<TemplateScanner.Finding> findings = TemplateScanner.scan("sample.html", sample);
    findings.forEach(System.out::println);
    assertThat(findings).extracting(TemplateScanner.Finding::text).containsExactly(
        "Fees", "Units", "more less", "placeholder=\"Name\"", "value=\"Save\"", "title=\"Close\"",
        "alt=\"logo\"", "English", "未注明");
    assertThat(findings.get(1).line()).isEqualTo(7);
    assertThat(findings.get(1)).hasToString("sample.html:7: <h1> has hard-coded text \"Units\"");
  }

  @Test
  void theKeyScannerTellsLiteralKeysFromDynamicOnes() {
    UsedKeys used = UsedKeys.in("""
        <p th:text="#{units.title}">x</p>
        <p th:text="#{home.summary(${a}, ${b})}">x</p>
        <p th:text="${#messages.msg('unit.use.' + u.use())}">x</p>
        <p th:text="${#messages.msg('nav.home')}">x</p>
        <p th:text="#{'error.status.' + ${status}}">x</p>
        <p th:text="#{${messageCode}}">x</p>
        <p>[[#{pager.next}]]</p>
        <!-- #{in.a.comment} -->
        """);
    assertThat(used.literal()).containsExactlyInAnyOrder("units.title", "home.summary", "nav.home", "pager.next");
    assertThat(used.dynamicPrefixes()).containsExactlyInAnyOrder("unit.use.", "error.status.");
  }

  // --- message bundles ---

  /** Bundle base name (like {@code messages} or {@code admin-messages}) to its Chinese (default) file. */
  private static Map<String, Path> bundles() {
    Map<String, Path> bundles = new TreeMap<>();
    try (Stream<Path> files = Files.list(RESOURCES)) {
      files.forEach(file -> {
        String name = file.getFileName().toString();
        if (name.equals("messages.properties") || name.matches("[\\w.]+-messages\\.properties")) {
          bundles.put(name.substring(0, name.length() - ".properties".length()), file);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundles;
  }

  private static Map<String, String> load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = new StringReader(read(file))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
    return messages;
  }

  /** Keys written twice in one file (Properties silently keeps the last). */
  private static Set<String> duplicateKeys(Path file) {
    Set<String> seen = new TreeSet<>();
    Set<String> twice = new TreeSet<>();
    boolean continued = false;
    for (String line : read(file).split("\\R")) {
      String trimmed = line.stripLeading();
      boolean continuation = continued;
      continued = endsWithOddBackslashes(line);
      if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      Matcher key = Pattern.compile("^((?:\\\\.|[^=:\\s\\\\])+)").matcher(trimmed);
      if (key.find() && !seen.add(key.group(1))) {
        twice.add(key.group(1));
      }
    }
    return twice;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int count = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  // --- templates ---

  private static List<Path> templates() {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path template) {
    return "templates/" + TEMPLATES.relativize(template).toString().replace('\\', '/');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void report(String what, List<String> problems) {
    if (!problems.isEmpty()) {
      System.out.println(problems.size() + " " + what + ":");
      problems.forEach(problem -> System.out.println("  " + problem));
    }
    assertThat(problems).as(what).isEmpty();
  }

  /** The message keys a template uses: literal ones, and the prefixes of keys built with {@code +}. */
  record UsedKeys(Set<String> literal, Set<String> dynamicPrefixes) {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** {@code #{key}} and {@code #{key(args)}}; not {@code #{${code}}}. */
    private static final Pattern HASH_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[(}]");
    /** {@code #{'prefix.' + ...}}. */
    private static final Pattern HASH_DYNAMIC = Pattern.compile("#\\{\\s*'([^']*)'\\s*\\+");
    /** {@code #messages.msg('key')}, {@code #messages.msgOrNull('key', ...)}, {@code #messages.msg('prefix.' + ...)}. */
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']*)'\\s*([,)+])");

    static UsedKeys in(String template) {
      String html = COMMENT.matcher(template).replaceAll(" ");
      Set<String> literal = new TreeSet<>();
      Set<String> dynamic = new TreeSet<>();
      Matcher m = HASH_KEY.matcher(html);
      while (m.find()) {
        literal.add(m.group(1));
      }
      m = HASH_DYNAMIC.matcher(html);
      while (m.find()) {
        dynamic.add(m.group(1));
      }
      m = MESSAGES_CALL.matcher(html);
      while (m.find()) {
        (m.group(2).equals("+") ? dynamic : literal).add(m.group(1));
      }
      return new UsedKeys(literal, dynamic);
    }
  }

  /**
   * A tolerant scanner over a Thymeleaf HTML5 template (which need not be well-formed XML): tags
   * with their attributes (quotes respected, so {@code th:if="${a > b}"} is one tag), a stack of
   * open elements, comments and {@code <script>}/{@code <style>} bodies skipped. It reports text
   * with letters that no {@code th:text}/{@code th:utext} replaces, and text attributes without their
   * {@code th:} twin.
   */
  static final class TemplateScanner {

    /** One hard-coded text (or {@code attribute="value"}): where, in which element, and what. */
    record Finding(String file, int line, String element, String text, boolean attribute) {
      @Override
      public String toString() {
        return file + ":" + line + ": <" + element + "> has hard-coded "
            + (attribute ? text : "text \"" + text + "\"");
      }
    }

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr",
        "img", "input", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");
    /** Attributes that replace an element's whole body, so whatever it holds is only a prototype. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:errors",
        "data-th-text", "data-th-utext", "data-th-errors", "sec:authentication");
    /** These replace the element itself; they count for text directly inside it. */
    private static final Set<String> ELEMENT_REPLACING = Set.of("th:replace", "th:insert",
        "data-th-replace", "data-th-insert");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "label");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    /** Each language's name written in that language, on the language switch. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("中文", "English");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

    private record Element(String name, Map<String, String> attributes) {

      boolean has(String attribute) {
        return attributes.containsKey(attribute);
      }

      boolean hasThymeleafAttribute() {
        return attributes.keySet().stream().anyMatch(a -> a.startsWith("th:") || a.startsWith("data-th-"));
      }

      boolean replacesBody() {
        String remove = attributes.getOrDefault("th:remove", "");
        return BODY_REPLACING.stream().anyMatch(this::has)
            || (name.equals("textarea") && (has("th:field") || has("th:value")))
            || Set.of("all", "body", "all-but-first").contains(remove.trim());
      }
    }

    private final String file;
    private final String html;
    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();

    private TemplateScanner(String file, String html) {
      this.file = file;
      this.html = html;
    }

    static List<Finding> scan(String file, String html) {
      TemplateScanner scanner = new TemplateScanner(file, html);
      scanner.run();
      return scanner.findings;
    }

    private void run() {
      int i = 0;
      int n = html.length();
      while (i < n) {
        int markup = nextMarkup(i);
        if (markup > i) {
          text(i, markup);
        }
        if (markup >= n) {
          break;
        }
        if (html.startsWith("<!--", markup)) {
          i = after("-->", markup + 4);
        } else if (html.startsWith("<!", markup) || html.startsWith("<?", markup)) {
          i = after(">", markup);
        } else if (html.startsWith("</", markup)) {
          int end = html.indexOf('>', markup);
          close(html.substring(markup + 2, end < 0 ? n : end).trim().toLowerCase(Locale.ROOT));
          i = end < 0 ? n : end + 1;
        } else {
          i = tag(markup);
        }
      }
    }

    /** The next {@code <} that starts a tag, a closing tag, a comment or a declaration. */
    private int nextMarkup(int from) {
      int i = from;
      while ((i = html.indexOf('<', i)) >= 0 && i + 1 < html.length()) {
        char next = html.charAt(i + 1);
        if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
          return i;
        }
        i++;
      }
      return html.length();
    }

    private int after(String end, int from) {
      int at = html.indexOf(end, from);
      return at < 0 ? html.length() : at + end.length();
    }

    /** Reads the tag at {@code start}, checks its attributes and returns where the scan goes on. */
    private int tag(int start) {
      int n = html.length();
      int i = start + 1;
      int nameStart = i;
      while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
        i++;
      }
      String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
      Map<String, String> attributes = new LinkedHashMap<>();
      boolean selfClosing = false;
      while (i < n) {
        char c = html.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '>') {
          i++;
          break;
        } else if (c == '/') {
          selfClosing = html.startsWith("/>", i);
          i++;
        } else {
          int attributeStart = i;
          while (i < n && !Character.isWhitespace(html.charAt(i)) && "=>".indexOf(html.charAt(i)) < 0
              && !html.startsWith("/>", i)) {
            i++;
          }
          String attribute = html.substring(attributeStart, i).toLowerCase(Locale.ROOT);
          while (i < n && Character.isWhitespace(html.charAt(i))) {
            i++;
          }
          String value = "";
          if (i < n && html.charAt(i) == '=') {
            i++;
            while (i < n && Character.isWhitespace(html.charAt(i))) {
              i++;
            }
            if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
              int end = html.indexOf(html.charAt(i), i + 1);
              end = end < 0 ? n : end;
              value = html.substring(i + 1, end);
              i = Math.min(n, end + 1);
            } else {
              int valueStart = i;
              while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                i++;
              }
              value = html.substring(valueStart, i);
            }
          }
          attributes.put(attribute, value);
        }
      }
      Element element = new Element(name, attributes);
      attributes(element, start);
      if (RAW_TEXT_ELEMENTS.contains(name) && !selfClosing) {
        int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
        return end < 0 ? n : end;
      }
      if (!selfClosing && !VOID_ELEMENTS.contains(name)) {
        open.push(element);
      }
      return i;
    }

    private void close(String name) {
      if (open.stream().anyMatch(e -> e.name().equals(name))) {
        while (!open.pop().name().equals(name)) {
          // Elements left open (like <p> or <li> in HTML5) end with their parent.
        }
      }
    }

    private void attributes(Element element, int at) {
      for (String attribute : TEXT_ATTRIBUTES) {
        checkAttribute(element, attribute, at);
      }
      if (element.name().equals("input")
          && BUTTON_INPUTS.contains(element.attributes().getOrDefault("type", "").toLowerCase(Locale.ROOT))) {
        checkAttribute(element, "value", at);
      }
    }

    private void checkAttribute(Element element, String attribute, int at) {
      String value = element.attributes().get(attribute);
      if (value == null || !LETTER.matcher(value).find() || element.has("th:" + attribute)
          || element.has("data-th-" + attribute)
          || element.attributes().getOrDefault("th:attr", "").contains(attribute + "=")) {
        return;
      }
      findings.add(new Finding(file, line(at), element.name(), attribute + "=\"" + value + "\"", true));
    }

    private void text(int start, int end) {
      String raw = html.substring(start, end);
      String visible = ENTITY.matcher(INLINE_EXPRESSION.matcher(raw).replaceAll(" ")).replaceAll(" ")
          .replaceAll("\\s+", " ").strip();
      if (!LETTER.matcher(visible).find()) {
        return;
      }
      Element parent = open.peek();
      if (open.stream().anyMatch(Element::replacesBody)) {
        return;
      }
      if (parent != null && ELEMENT_REPLACING.stream().anyMatch(parent::has)) {
        return;
      }
      if (parent != null && parent.name().equals("title") && parent.hasThymeleafAttribute()) {
        return;
      }
      if (parent != null && parent.has("lang") && LANGUAGE_NAMES.contains(visible)) {
        return;
      }
      int offset = start;
      while (offset < end && Character.isWhitespace(html.charAt(offset))) {
        offset++;
      }
      findings.add(new Finding(file, line(offset), parent == null ? "(top)" : parent.name(), visible, false));
    }

    private int line(int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (html.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
