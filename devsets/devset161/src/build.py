import json,sys,os
sys.path.insert(0,os.path.dirname(__file__))
from gold_c import DOCS
base=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for k,g in DOCS.items():
    txt=open(os.path.join(base,'src',k+'.txt'),encoding='utf-8').read()
    enc='big5' if k=='006_jinjiang' else 'utf-8'
    open(os.path.join(base,'docs',k+'.txt'),'wb').write(txt.encode(enc))
    out={'doc':k+'.txt','report':g['report'],'regulations':g['regulations'],'organizations':g['organizations'],'measures':g['measures']}
    json.dump(out,open(os.path.join(base,'gold',k+'.json'),'w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(DOCS))
