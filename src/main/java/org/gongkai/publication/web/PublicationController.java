package org.gongkai.publication.web;

import org.gongkai.agency.AgencyDetails;
import org.gongkai.agency.AgencyManagement;
import org.gongkai.catalog.CatalogManagement;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.PageTag;
import org.gongkai.platform.web.PageTags;
import org.gongkai.publication.AttachmentFile;
import org.gongkai.publication.PublicationAttachments;
import org.gongkai.publication.PublicationItem;
import org.gongkai.publication.PublicationQueries;
import org.gongkai.publication.PublicationVersion;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of a published item: its breadcrumb through the catalogue, its boxed
 * metadata table (索引号, 主题分类, 发布机构, 成文日期, 文号, 发布日期, 有效性), body and attachments (downloads
 * only while the item is published), its history of versions (each earlier one readable
 * at its own address, not indexed), its links to policy or interpretations, and an A4
 * print view for the bulletin board (公开栏).
 */
@Controller
class PublicationController {

	private final PublicationQueries publications;

	private final PublicationAttachments attachments;

	private final AgencyManagement agencies;

	private final CatalogManagement catalog;

	PublicationController(PublicationQueries publications, PublicationAttachments attachments,
			AgencyManagement agencies, CatalogManagement catalog) {
		this.publications = publications;
		this.attachments = attachments;
		this.agencies = agencies;
		this.catalog = catalog;
	}

	@GetMapping("/agencies/{creditCode}/publications/{id}")
	String item(@PathVariable String creditCode, @PathVariable long id, Model model) {
		PublicationItem item = publicItem(creditCode, id);
		model.addAttribute("item", item);
		model.addAttribute("trail", this.catalog.publicTrail(item.agencyId(), item.columnId()));
		model.addAttribute("lifecycle", this.publications.publicLifecycle(id));
		return "publication/item";
	}

	@GetMapping("/agencies/{creditCode}/publications/{id}/print")
	String print(@PathVariable String creditCode, @PathVariable long id, Model model) {
		model.addAttribute("item", publicItem(creditCode, id));
		return "publication/print";
	}

	@GetMapping("/agencies/{creditCode}/publications/{id}/versions/{edition}")
	String version(@PathVariable String creditCode, @PathVariable long id, @PathVariable int edition, Model model,
			HttpServletResponse response) {
		PublicationItem item = publicItem(creditCode, id);
		PublicationVersion version = this.publications.publicVersion(id, edition);
		if (version.current()) {
			return "redirect:/agencies/" + item.creditCode() + "/publications/" + id;
		}
		// a superseded text stays readable but is kept out of search engines
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("item", item);
		model.addAttribute("version", version);
		return "publication/version";
	}

	private PublicationItem publicItem(String creditCode, long id) {
		AgencyDetails agency = this.agencies.findByCreditCode(creditCode)
			.orElseThrow(() -> new NotFoundException("Agency " + creditCode));
		PublicationItem item = this.publications.publicItem(id);
		if (item.agencyId() != agency.summary().id()) {
			throw new NotFoundException("Publication " + id + " of another agency");
		}
		PageTags.add(PageTag.agency(item.agencyId()), PageTag.item(id));
		return item;
	}

	@GetMapping("/agencies/{creditCode}/publications/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> attachment(@PathVariable String creditCode, @PathVariable long id,
			@PathVariable long attachmentId) {
		publicItem(creditCode, id);
		AttachmentFile file = this.attachments.publicAttachment(id, attachmentId);
		return AttachmentDownloads.of(file);
	}

}
