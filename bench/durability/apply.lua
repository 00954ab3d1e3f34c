-- One disclosure application per request (bench/durability/run.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"applicantType":"NATURAL_PERSON","applicantName":"张三","idType":"居民身份证",'
	.. '"idNumber":"110101199003077777","phone":"13800138000","email":"zhangsan@example.com",'
	.. '"address":"人民路2号","description":"本县2025年财政预算公开文件","formats":["EMAIL"],"delivery":"ONLINE"}'
