# os.listdir variants, stat fields on files/dirs, getcwd/chdir round trip
import os
base = "/tmp/_mprt_os_ls_dir"
os.mkdir(base)
for n in ["b.txt", "a.py", "c"]:
    with open(base + "/" + n, "w") as f:
        f.write(n * 3)
os.mkdir(base + "/d")
print(sorted(os.listdir(base)), sorted(os.listdir(base + "/")), os.listdir(base + "/d"))
print(sorted(os.listdir(base.encode())))
for n in ["b.txt", "a.py", "c", "d"]:
    st = os.stat(base + "/" + n)
    kind = "dir" if st.st_mode & 0o170000 == 0o040000 else "file"
    print(n, kind, st.st_size if kind == "file" else "-", st.st_nlink >= 1, st[0] == st.st_mode)
cwd = os.getcwd()
os.chdir(base + "/d")
print(os.getcwd() == base + "/d", os.listdir("."), sorted(os.listdir("..")))
os.chdir("..")
print(os.getcwd() == base)
os.chdir(cwd)
os.rename(base + "/c", base + "/d/c2")
print(sorted(os.listdir(base)), os.listdir(base + "/d"))
os.remove(base + "/d/c2")
for n in ["b.txt", "a.py"]:
    os.remove(base + "/" + n)
os.rmdir(base + "/d")
os.rmdir(base)
print(os.path.exists(base), os.path.isdir(base))
