print("aizusim")
