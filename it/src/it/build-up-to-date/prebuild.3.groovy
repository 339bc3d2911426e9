// A source change between builds 2 and 3.
new File(basedir, 'src/greeting.txt').text = 'Hello after a change\n'
return true
