from common import *
DOC = "010_lanshan_fayuan_xingzhengshenpan.txt"
REPORT_ = REPORT("关于2019年度全区行政审判工作情况的通报",
                 "临沂市兰山区人民法院", "山东省临沂市兰山区", 2019, "2020-03-10")
REGS = [
    R("中华人民共和国行政诉讼法", "law", "implements"),
    R("中华人民共和国行政强制法", "law", "mentions"),
    R("中华人民共和国政府信息公开条例", "administrative_regulation", "mentions"),
    R("工伤保险条例", "administrative_regulation", "mentions"),
    R("关于建立行政争议府院联动机制的意见", "normative_document", "issues", no="兰政发〔2019〕20号",
      issuer="临沂市兰山区人民法院 临沂市兰山区人民政府"),
    R("重大行政决策程序暂行条例", "administrative_regulation", "mentions"),
    R("山东省行政程序规定", "local_regulation", "mentions"),
    R("中华人民共和国行政复议法", "law", "mentions"),
]
ORGS = [
    O("临沂市兰山区人民法院", "judiciary"),
    O("临沂市兰山区人民政府", "government", ["区人民政府", "区政府"]),
    O("中共临沂市兰山区委全面依法治区委员会", "party", ["区委全面依法治区委员会"]),
    O("中共临沂市兰山区委全面依法治区委员会办公室", "party", ["区委依法治区办"]),
    O("临沂市兰山区住房和城乡建设局", "department", ["区住房和城乡建设局"]),
    O("临沂市自然资源和规划局兰山分局", "department"),
    O("临沂市兰山区人力资源和社会保障局", "department", ["区人力资源和社会保障局"]),
    O("临沂市公安局兰山分局", "department"),
    O("临沂市兰山区银雀山街道办事处", "government", ["银雀山街道办事处"]),
    O("临沂市兰山区柳青街道办事处", "government", ["柳青街道办事处"]),
    O("临沂市兰山区行政争议审前和解中心", "institution", ["兰山区行政争议审前和解中心"]),
    O("临沂市兰山区司法局", "department", ["区司法局"]),
    O("临沂市兰山区人民代表大会常务委员会法制委员会", "legislature", ["区人大常委会法制委员会"]),
]
MEAS = [
    M("行政机关负责人出庭应诉制度", "system", ["行政机关负责人出庭应诉"]),
    M("府院联动机制", "mechanism", ["行政争议府院联动机制"]),
    M("府院联席会议", "system"),
    M("行政争议实质性化解", "mechanism"),
    M("裁执分离", "mechanism", ["“裁执分离”", "法院裁定、政府组织实施"]),
    M("国家机关工作人员旁听庭审制度", "system", ["旁听庭审"]),
    M("审理一案、教育一片", "other"),
    M("行政审判白皮书", "other"),
    M("以案释法制度", "system", ["以案释法"]),
    M("出庭、出声、出效果", "other"),
    M("法治政府建设考评指标体系", "system", ["法治政府建设考核"]),
    M("行政执法三项制度", "system"),
    M("败诉案件分析报告制度", "system"),
    M("错案责任追究机制", "mechanism"),
]
