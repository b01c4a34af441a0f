"""Document numbers (文号): found after or with a title, normalised, scraping damage repaired
only where the split is certain, an ambiguous one kept as written and flagged."""
from __future__ import annotations

import pytest

from fazhi.nlp.doc_numbers import find_doc_numbers


def numbers(text: str) -> list[tuple[str, str | None, str]]:
    return [(text[d.start:d.end], d.normalized, d.rule) for d in find_doc_numbers(text)]


@pytest.mark.parametrize("text,written,normalized,rule", [
    ("严格落实国务院办公厅《关于加强规范性文件制定和监督管理工作的通知》(国办发〔2018〕37号)规定要求",
     "国办发〔2018〕37号", "国办发〔2018〕37号", "well_formed"),
    ("《关于印发2024年全区法治政府建设工作要点的通知》(合川府办发〔2024〕36号)等文件",
     "合川府办发〔2024〕36号", "合川府办发〔2024〕36号", "well_formed"),
    ("按照国发[2014]第5号文件要求", "国发[2014]第5号", "国发〔2014〕5号", "well_formed"),
    # seeds/000 (孝义 2021): the closing bracket lost
    ("《孝义市党政主要负责人履行推进法治建设第一责任人职责工作清单》(孝法治字〔20211号)将",
     "孝法治字〔20211号", "孝法治字〔2021〕1号", "repaired_open_bracket"),
    ("《…工作规则(试行)的通知》(孝政发〔20213),规范", "孝政发〔20213)", "孝政发〔2021〕3号", "repaired_open_bracket"),
    # seeds/002 (威宁 2020): both brackets lost
    ("根据《中共中央办公厅国务院办公厅法治政府建设与责任落实督察工作规定》(厅字201928号)精神",
     "厅字201928号", "厅字〔2019〕28号", "repaired_bare"),
    # seeds/000: brackets and 号 lost, the number standing between two titles
    ("《孝义市2021年度全面依法治市工作考核方案》孝法治办20216文件", "孝法治办20216", "孝法治办〔2021〕6号", "repaired_after_title"),
    ("《国务院关于修改部分行政法规的决定》(中华人民共和国国务院令第711号)", "国务院令第711号", "国务院令第711号", "decree"),
    # a ministry's decree numbered within its year, a numbered notice, a ministry with 和 in its
    # name (blind sets 15, 26, 32)
    ("《出租汽车经营服务管理规定》（交通运输部令2016年第64号）和", "交通运输部令2016年第64号", "交通运输部令2016年第64号", "decree"),
    ("按照国家税务总局公告2021年第6号要求", "国家税务总局公告2021年第6号", "国家税务总局公告2021年第6号", "decree"),
    ("《规范农业行政处罚自由裁量权办法》(农业农村部公告第180号)", "农业农村部公告第180号", "农业农村部公告第180号", "decree"),
    ("严格执行和《医疗质量管理办法》(国家卫生和计划生育委员会令第10号)", "国家卫生和计划生育委员会令第10号",
     "国家卫生和计划生育委员会令第10号", "decree"),
    # the opening bracket lost (blind dev set 8: 介休 2020, 准格尔旗 2023)
    ("修订《介休市行政规范性文件制定和备案审查办法》（介政发2020]11号），落实", "介政发2020]11号", "介政发〔2020〕11号",
     "repaired_close_only"),
    ("制定《准格尔旗人民政府重大行政决策事项目录》（准政字2023】48号）", "准政字2023】48号", "准政字〔2023〕48号",
     "repaired_close_only"),
    # …to a character a converter could not map (blind set 353, 张掖市 2016)
    ("制定《张掖市2016年依法行政工作要点》（张政办发□2016〕31号），将依法", "张政办发□2016〕31号", "张政办发〔2016〕31号",
     "repaired_close_only"),
    # a space OCR read between the number's digits (诸城市 2018, blind set 222)
    ("印发《诸城市2018年法治政府建设工作要点》（诸政办发〔2018〕1 2号），明确", "诸政办发〔2018〕1 2号", "诸政办发〔2018〕12号",
     "well_formed"),
])
def test_numbers_are_normalised_and_repaired_where_certain(text, written, normalized, rule):
    assert numbers(text) == [(written, normalized, rule)]


def test_an_ambiguous_number_is_kept_as_written_and_flagged():
    # 2019028: year 2019 and number 028? a leading 0 makes the split uncertain
    assert numbers("印发《通知》(孝法治办2019028号)") == [("孝法治办2019028号", None, "ambiguous")]
    # a code and a year after a title, the number lost
    assert numbers("下发《关于做好年度报告工作的通知》孝法治办2021。") == [("孝法治办2021", None, "ambiguous")]


def test_years_counts_and_dates_are_no_numbers():
    assert numbers("2021年召开50次市委常委会,共计2021件,截至2021,审结16件") == []
