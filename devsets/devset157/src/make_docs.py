names={'001':'001_jilin_sheng','002':'002_changde_shi','003':'003_enshi_zhou','004':'004_beichen_qu','005':'005_linze_xian','006':'006_wuchang_shi','007':'007_eshan_xian','008':'008_sikeshu_xiang','009':'009_gutao_zhen','010':'010_xiaozhailu_jiedao'}
for k,n in names.items():
    s=open(f'src/{k}.txt',encoding='utf-8').read()
    if k in('002','006'):
        w,every=(34,22) if k=='002' else (31,26)
        out=[];page=1;cnt=0
        for para in s.split('\n'):
            while para:
                out.append(para[:w]); para=para[w:]; cnt+=1
                if cnt%every==0:
                    out+= ['',f'— {page} —',''] if k=='002' else [f'\f- {page} -']; page+=1
        if k=='002': out+=['',f'— {page} —']
        s='\n'.join(out)+('\n' if k=='002' else '')
    p=f'docs/{n}.txt'
    if k=='004': open(p,'wb').write(s.encode('big5'))
    else: open(p,'w',encoding='utf-8').write(s)
    print(n,len(s))
