# compact gold specs; R(name,aliases,type,doc_number,issuer,relation) O(name,aliases,type) M(name,aliases,type)
D={}
def R(n,a,t,d=None,i=None,rel='mentions'): return dict(name=n,aliases=a,type=t,doc_number=d,issuer=i,relation=rel)
def O(n,a,t): return dict(name=n,aliases=a,type=t)
def M(n,a,t): return dict(name=n,aliases=a,type=t)
P='party';PD='party_document';ND='normative_document'
HZ='中共湖州市委全面依法治市委员会'
D['001_huzhou_yfzsb']=dict(report=dict(title='中共湖州市委全面依法治市委员会办公室2022年度工作报告',publisher=HZ+'办公室',region='浙江省湖州市',year=2022,date='2023-01-12'),
regulations=[R('湖州市法治建设“十四五”规划',[],'plan',rel='issues'),
R(HZ+'2022年工作要点',[],PD,'湖法委发〔2022〕1号',rel='issues'),
R('湖州市全面依法治市委员会协调小组工作规则',[],PD,'湖法委发〔2022〕3号',rel='issues'),
R('法治政府建设与责任落实督察工作规定',[],PD,None,'中共中央办公厅 国务院办公厅','implements'),
R('浙江省法治督察工作办法',[],PD,rel='implements'),
R('关于开展2022年度法治督察工作的通知',[],PD,'湖法办发〔2022〕7号',rel='issues'),
R('中华人民共和国民法典',[],'law',rel='studies'),
R('中华人民共和国行政处罚法',[],'law',rel='studies'),
R('习近平法治思想学习纲要',[],'publication',rel='studies'),
R('湖州市综合行政执法事项目录',[],ND,rel='issues')],
organizations=[O(HZ+'办公室',['市委依法治市办'],P),O('中共湖州市委员会',['市委'],P),O(HZ,['市委全面依法治市委员会'],P),
O('中共浙江省委全面依法治省委员会办公室',['省委依法治省办'],P),
O(HZ+'立法协调小组',['立法协调小组'],P),O(HZ+'执法协调小组',['执法协调小组'],P),O(HZ+'司法协调小组',['司法协调小组'],P),O(HZ+'守法普法协调小组',['守法普法协调小组'],P),
O('湖州市人民代表大会常务委员会法制工作委员会',['市人大常委会法工委'],'legislature'),O('湖州市司法局',['市司法局'],'department'),
O('中共湖州市委政法委员会',['市委政法委'],P),O('中共湖州市委宣传部',['市委宣传部'],P),O('中共中央办公厅',[],P),O('国务院办公厅',[],'department'),
O('中央全面依法治国委员会办公室第二督察组',['中央依法治国办第二督察组'],P),O('中共湖州市委员会常务委员会',['市委常委会'],P),
O('中共湖州市委理论学习中心组',['市委理论学习中心组'],P),O('中共中央',['中央'],P),O('中共浙江省委员会',['省委'],P)],
measures=[M('法治湖州建设',['“法治湖州”建设'],'campaign'),M('委员会统筹、协调小组推进、办公室督办',[],'mechanism'),M('法治督察',[],'system'),
M('党政主要负责人履行推进法治建设第一责任人职责',['第一责任人职责'],'system'),M('党政主要负责人年终述法',[],'system'),M('述法评议',['现场述法评议'],'system'),
M('中心组学法',[],'system'),M('常务会议学法制度',['政府常务会议会前学法'],'system'),M('浙里学法平台',['“浙里学法”平台'],'platform'),M('尚法湖州微信公众号',['“尚法湖州”微信公众号'],'platform'),
M('大综合一体化行政执法改革',['“大综合一体化”行政执法改革'],'reform'),M('一支队伍管执法',[],'model'),M('行政执法三项制度',[],'system'),M('浙江省行政执法监管平台',[],'platform'),
M('行政复议体制改革',[],'reform'),M('行政机关负责人出庭应诉制度',['行政机关负责人出庭应诉'],'system'),M('法治政府建设示范创建',['全国法治政府建设示范创建'],'campaign'),
M('余村经验',[],'model'),M('枫桥经验',['新时代“枫桥经验”'],'model'),M('八五普法',['“八五”普法规划'],'campaign'),M('谁执法谁普法普法责任制',['“谁执法谁普法”普法责任制'],'system'),
M('美好生活·民法典相伴主题宣传月活动',['“美好生活·民法典相伴”主题宣传月活动'],'campaign'),M('民主法治示范村创建',['民主法治村（社区）创建','全国民主法治示范村'],'campaign'),
M('一中心四平台基层治理体系',['“一中心四平台”基层治理体系'],'system')])
