package dk.samspil.web.page;

/** A page in the left-hand menu and on the overview; {@code current} marks the page being shown (aria-current). */
public record MenuItem(String label, String href, String description, boolean current) {
}
