import json
m=json.load(open('/work/merge/merged.json'))
for slug,loc in m['locations'].items():
    open(f'/work/main/geodata/locations/{slug}.json','w').write(json.dumps(loc,ensure_ascii=False,indent='\t')+'\n')
open('/work/main/geodata/sources.json','w').write(json.dumps(m['sources'],ensure_ascii=False,indent='\t')+'\n')
import subprocess
subprocess.run(['npx', 'prettier', '--write', '--ignore-path', '/dev/null', 'geodata/locations', 'geodata/sources.json'], cwd='/work/main', check=True, capture_output=True)
