package org.gongkai.portal.web;

import java.util.Set;

import org.gongkai.platform.web.DisplayPreference;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Marks the root element of every HTML page with the class {@code elder} when the reader
 * chose the large-text, high-contrast mode ({@link DisplayPreference}): the server
 * decides, so the mode needs no script, and no template has to repeat it.
 */
@Component
class DisplayModeDialect extends AbstractProcessorDialect {

	static final String ELDER_CLASS = "elder";

	DisplayModeDialect() {
		super("Gongkai display mode", "gongkai", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new RootElementMarker());
	}

	/** Adds the class to {@code <html>}, keeping any class it has. */
	static final class RootElementMarker extends AbstractElementTagProcessor {

		RootElementMarker() {
			super(TemplateMode.HTML, null, "html", false, null, false, 1000);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structure) {
			if (context instanceof IWebContext web && DisplayPreference.ELDER
				.equals(web.getExchange().getRequest().getCookieValue(DisplayPreference.COOKIE))) {
				String existing = tag.getAttributeValue("class");
				structure.setAttribute("class",
						(existing == null || existing.isBlank()) ? ELDER_CLASS : existing + " " + ELDER_CLASS);
			}
		}

	}

}
