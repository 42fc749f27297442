import sys
count = getattr(sys, "_t1_counter", 0) + 1
sys._t1_counter = count
