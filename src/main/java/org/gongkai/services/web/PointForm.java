package org.gongkai.services.web;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.services.ServicePointInput;

/** The service point form: every value as typed, kept when the form is shown again. */
public class PointForm {

	private String name = "";

	private String address = "";

	private String hours = "";

	private String phone = "";

	private String villageId = "";

	private List<String> itemIds = new ArrayList<>();

	static PointForm of(ServicePointInput input) {
		PointForm form = new PointForm();
		form.name = input.name();
		form.address = input.address();
		form.hours = input.hours();
		form.phone = input.phone();
		form.villageId = input.villageId();
		form.itemIds = new ArrayList<>(input.itemIds().stream().map(String::valueOf).toList());
		return form;
	}

	ServicePointInput input() {
		// a value that is no id stands for no item of the agency, and is refused as such
		List<Long> ids = this.itemIds.stream()
			.filter((s) -> s != null && !s.isBlank())
			.map((s) -> s.strip().matches("[0-9]{1,18}") ? Long.valueOf(s.strip()) : -1L)
			.toList();
		return new ServicePointInput(this.name, this.address, this.hours, this.phone, this.villageId, ids);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getHours() {
		return this.hours;
	}

	public void setHours(String hours) {
		this.hours = hours;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getVillageId() {
		return this.villageId;
	}

	public void setVillageId(String villageId) {
		this.villageId = villageId;
	}

	public List<String> getItemIds() {
		return this.itemIds;
	}

	public void setItemIds(List<String> itemIds) {
		this.itemIds = (itemIds != null) ? itemIds : new ArrayList<>();
	}

}
