package org.vetcpd.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * bom/pom.xml (vetcpd-bom) has no parent, so nothing but this test keeps it in step with the
 * build: its version is the parent's, and it pins every library module of the reactor.
 */
class BomTest {
  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the project's own child element {@code name}, or null. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return n.getTextContent().strip();
      }
    }
    return null;
  }

  @Test
  void theBomHasTheParentsVersionAndPinsEveryLibraryModule() throws Exception {
    Path parentPom = Path.of(System.getProperty("vetcpd.parent.pom", "../pom.xml"));
    Path bomPom = Path.of(System.getProperty("vetcpd.bom", "../bom/pom.xml"));
    Element parent = read(parentPom).getDocumentElement();
    Element bom = read(bomPom).getDocumentElement();
    assertThat(child(bom, "version")).isEqualTo(child(parent, "version"));
    assertThat(child(bom, "groupId")).isEqualTo(child(parent, "groupId"));

    List<String> pinned = new ArrayList<>();
    NodeList deps = bom.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertThat(child(d, "version")).isEqualTo("${project.version}");
      pinned.add(child(d, "artifactId"));
    }
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      Path pom = parentPom.resolveSibling(modules.item(i).getTextContent().strip())
          .resolve("pom.xml");
      Element module = read(pom).getDocumentElement();
      String packaging = child(module, "packaging");
      String artifactId = child(module, "artifactId");
      boolean library = packaging == null || packaging.equals("jar");
      if (library && !artifactId.equals("vetcpd-examples")) {
        assertThat(pinned).as("vetcpd-bom pins every library module").contains(artifactId);
      }
    }
    assertThat(pinned).contains("vetcpd-core", "vetcpd-rules", "vetcpd-research",
        "vetcpd-report", "vetcpd-planner");
    assertThat(Files.readString(bomPom)).doesNotContain("<parent>");
  }
}
