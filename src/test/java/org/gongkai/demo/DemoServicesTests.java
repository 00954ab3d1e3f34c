package org.gongkai.demo;

import java.util.List;

import org.gongkai.agency.AgencyManagement;
import org.gongkai.services.IncompleteGuide;
import org.gongkai.services.ServiceGuides;
import org.gongkai.services.ServicePointView;
import org.gongkai.services.ServicePoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's service guides: 河西镇's six published items, one (临时救助) without its fee
 * and its form; its 为民服务中心 handles all six, 柳湾村's 便民服务站 two of them.
 */
@SpringBootTest(properties = "gongkai.demo=true")
class DemoServicesTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	ServiceGuides guides;

	@Autowired
	ServicePoints points;

	@Test
	void theTownshipHasSixItemsOneMissingItsFeeAndItsForm() {
		long hexi = this.agencies.findByCreditCode(DemoServices.HEXI).orElseThrow().summary().id();
		assertThat(this.guides.published(hexi)).hasSize(6);
		List<IncompleteGuide> incomplete = this.guides.incompleteOf(hexi);
		assertThat(incomplete).singleElement().satisfies((g) -> {
			assertThat(g.name()).isEqualTo("临时救助申请");
			assertThat(g.missing()).containsExactly("收费标准", "表格下载");
		});
		assertThat(this.points.publicPointsOf(hexi)).extracting(ServicePointView::name)
			.containsExactly("河西镇为民服务中心", "柳湾村便民服务站");
		assertThat(this.points.publicPointsOf(hexi).get(0).items()).hasSize(6);
	}

	@Test
	void theVillagesStationHandlesTwoOfThem() {
		long liuwan = this.agencies.findByCreditCode(DemoServices.LIUWAN).orElseThrow().summary().id();
		assertThat(this.points.publicPointsOf(liuwan)).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("柳湾村便民服务站");
			assertThat(p.items()).extracting(ServicePointView.PointItem::name)
				.containsExactly("困难残疾人生活补贴和重度残疾人护理补贴申请", "高龄津贴申领");
		});
	}

}
