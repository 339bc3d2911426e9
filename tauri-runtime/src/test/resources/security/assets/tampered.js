window.tamperedRan = 'as built';
